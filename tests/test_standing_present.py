"""Acts that a sentence tells as no act done (sentences of our own: each dropped sentence gave the event
before the rule, and each kept one has the same words told as an act).

- Cooperative acts told in the simple present with no time of their own (mood.standing_present, read by
  extract/sense_cooperative.py): a role, a habit or a property of their subject, no act done at a time;
  the same words done, scheduled by a date or in a headline stay.
- Verbs whose protest takes no object, told with an object or a clause (everyday.shown_or_led): they
  show, lead or gather something; told without one they stay protests."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text, wrong", [
    # what a body does as its role
    ("The World Food Programme, which provides food to refugees in Chad, warned of shortages.", "AID"),
    ("The institute liaises with the Treasury on its research programme.", "CONSULT"),
    ("Oxfam works with the Kenyan government on water projects.", "COOPERATE"),
    # a habit, however often it is said to recur
    ("The Pentagon supplies the Colombian army with helicopters every year.", "AID"),
    ('Mr Patel said: "The Treasury works closely with the Bank of England every day."', "COOPERATE"),
])
def test_standing_present_is_no_act(analyse_text, text, wrong):
    assert wrong not in event_types(analyse_text(text))


@pytest.mark.parametrize("text, kept", [
    # the same acts done, or scheduled by a date, or told in a headline's present
    ("The World Food Programme provided food to refugees in Chad last week.", "AID"),
    ("Oxfam worked with the Kenyan government to reach the flood victims.", "COOPERATE"),
    ("The Pentagon supplied the Colombian army with helicopters in 2003.", "AID"),
    ("Germany gives Greece a new loan on Monday.", "AID"),
    ("The foreign minister meets his Chinese counterpart in Beijing on Thursday.", "CONSULT"),
    ("Japan gives Indonesia $10m in flood aid", "AID"),
    # a present verb that governs another act states an intention now
    ("Japan intends to work with Vietnam on port security, its trade minister said.", "AGREE"),
    # one done for an end of its own is work under way
    ("Siemens works with the Nigerian oil ministry to settle the terms of the licence.", "COOPERATE"),
    # named parties said to do it often: a pattern of acts between them (a relative clause shares it)
    ("Mr Ruto often speaks with Mr Museveni by telephone.", "CONSULT"),
    ("Hezbollah officials regularly travel to Damascus, where they are hosted by Syrian intelligence officers.",
     "CONSULT"),
])
def test_acts_done_or_dated_stay(analyse_text, text, kept):
    assert kept in event_types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Ministers are keen to demonstrate that the new border rules are working.",
    "The Green Party demonstrated its strength in the council elections.",
    "The unions rallied support for the strike among teachers in Leeds.",
])
def test_protest_verb_with_an_object_shows(analyse_text, text):
    assert "PROTEST" not in event_types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Hundreds of students demonstrated outside the Iranian embassy in London on Friday.",
    "Thousands of miners marched on parliament in Bucharest to demand higher pay.",
    "Farmers rallied in Paris against the cuts to subsidies.",
])
def test_protest_verb_without_an_object_stays(analyse_text, text):
    assert "PROTEST" in event_types(analyse_text(text))


def test_a_past_form_tagged_present_is_no_standing_present(analyse_text):
    # the small tagger tags "unfroze" VBZ; a third person's present ends in -s
    assert "CONCEDE" in event_types(analyse_text("Norway unfroze the bank accounts of the ousted Libyan leader."))
