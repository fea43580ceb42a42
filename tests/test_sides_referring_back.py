"""Sides the text gives by referring back (session 19, sides19): the body a spokesman or official
speaks for is what a following "it" means (resolve/spoken_for.py); a bare "the government" after the
same state's government named with its country (resolve/story_country.py). Two rules were measured
and taken back, each costing a held-out part's share of supported events with no fact gained: a
one-word name the recogniser typed as a person as the antecedent of "it", and a kind word inside a
capitalised name ("National Union of Teachers") giving "the union" to refer back to. Sentences are
our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokesman for Oxfam said it would take the matter to court.", "Oxfam"),
    ("A spokeswoman for the World Health Organization said it had sent doctors to the region.",
     "World Health Organization"),
    ("A representative of Unilever said it would contest the fine.", "Unilever"),
])
def test_it_after_a_spokesman_for_a_body_is_the_body(resolved_name, text, expected):
    assert resolved_name(text, "it") == expected


def test_a_spokesman_for_a_person_gives_it_no_antecedent(resolved_name):
    # a person's spokesman: "it" is no person, and no body is named
    text = "A spokesman for Maria Lopez said it was too early to comment."
    assert resolved_name(text, "it") is None


def test_the_body_a_spokesman_speaks_for_acts_in_the_reported_clause(events_named):
    text = "A spokeswoman for the Red Cross said it had rejected the Sudanese request."
    assert any(t == "REJECT" and "Red Cross" in s for t, s, _ in events_named(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ghanaian government raised fuel prices on Monday. The government accused traders of hoarding.",
     "gaz:GHA-GOV"),
    ("The Peruvian army has sealed off the valley. Villagers said the army had burnt crops.", "gaz:PER-MIL"),
])
def test_the_government_refers_back_to_the_one_named_just_before(resolved_entity, text, expected):
    ent = resolved_entity(text, "government" if "government" in text else "army", -1)
    assert ent is not None and ent.key == expected


def test_two_governments_named_just_before_leave_the_government_open(resolved_entity):
    text = ("The Ghanaian government and the Togolese government signed a border deal. "
            "The government said the deal would hold.")
    ent = resolved_entity(text, "government", -1)
    assert ent is None or ent.key not in ("gaz:GHA-GOV", "gaz:TGO-GOV")


def test_the_government_is_accused_by_the_body_named_before(events_named):
    text = ("The Bolivian government nationalised the gas fields on Monday. "
            "Brazil accused the government of breaking its contracts.")
    assert ("ACCUSE", "Brazil", "Bolivian government") in events_named(text)


def test_a_person_told_of_with_a_title_is_no_it(resolved_name):
    text = "Mrs Okafor said it would rain."
    assert resolved_name(text, "it") is None


@pytest.mark.parametrize("text", [
    "Environmentalists have accused the Norwegian government of breaking its climate pledges.",
    "Conservationists sued the Forest Service over the logging plan.",
])
def test_environmentalists_act_as_a_group(events_named, text):
    assert any(s in ("environmentalists", "conservationists") for _, s, _ in events_named(text))


def test_a_bare_both_is_the_pair_named_before(events_named):
    text = "Ghana and Togo signed the border pact in June. Both accused Burkina Faso of arming smugglers."
    events = events_named(text)
    assert ("ACCUSE", "Ghana", "Burkina Faso") in events and ("ACCUSE", "Togo", "Burkina Faso") in events


def test_a_bare_both_with_no_pair_named_before_stays_open(events_named):
    # the pair was told of only by description: "Both" names no one
    text = "Two men were seen near the depot. Both accused the guards of lying."
    assert not any(t == "ACCUSE" and s is not None for t, s, _ in events_named(text))


def test_they_after_a_spokesman_for_a_named_body_is_the_body(resolved_name):
    # British news writes a body in the plural
    text = "A spokeswoman for Oxfam said they would take the ministry to court."
    assert resolved_name(text, "they") == "Oxfam"


def test_a_one_word_name_told_of_as_he_is_no_it(resolved_name):
    text = "Castellano was in court on Monday. He smiled at the jury. Castellano said it was a fair trial."
    assert resolved_name(text, "it") is None


def test_a_government_only_acted_on_before_is_not_the_government(resolved_entity):
    # the Ghanaian government is the recipient; "the government" offering is the unnamed speaker's
    text = ("Britain has sent doctors to Accra. A further offer might be made to the Ghanaian government. "
            "The government has formally offered a field hospital.")
    ent = resolved_entity(text, "government", -1)
    assert ent is None or ent.key != "gaz:GHA-GOV"
