"""One-sided contact, aid and pleas whose word names no act of their type (extract/partnerless.py, called
by one_sided.one_sided_rule): speaking or canvassing alone, help as a cause, an appeal that asks for
nothing. Sentences of our own; each dropped event is checked to be made when the rule is switched off,
and the events of the same words with their other side or what they ask for are checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import one_sided


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (one_sided, "partnerless", lambda *args: None))


@pytest.mark.parametrize("text, event", [
    # one actor speaking, and canvassing the public: no contact between actors
    ("The chancellor was speaking at a business breakfast in Leeds on Friday.", ("CONSULT", "speaking")),
    ("The Democrats are telephoning the millions of people who registered last year.", ("CONSULT", "telephoning")),
    # help with a verb and no one helped: a cause of an outcome
    ("Britain's embrace of online shopping has helped make it the biggest e-commerce market in Europe.",
     ("AID", "helped")),
    # an appeal that asks for nothing: attraction, a court appeal
    ("The Tories and the BNP appeal to the same voting instincts.", ("REQUEST", "appeal")),
    ("Lawyers for Ford have until Friday to file their appeal.", ("REQUEST", "appeal")),
])
def test_one_sided_words_of_no_act_of_their_type_are_dropped(text, event, analyse_text, without_rule):
    assert event in type_triggers(without_rule(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # a plea that says what it asks for, or what it asks done
    ("Police appealed for witnesses to the crash on the A1.", ("REQUEST", "appealed")),
    ("Haiti appealed to the international community for emergency food aid.", ("REQUEST", "appealed")),
    ("Detectives appealed to the public to come forward with information.", ("REQUEST", "appealed")),
    # help given to someone named as the one helped (one act at two words, "give" and "help": its first word
    # stands for it, extract/events.py without_lesser_copies)
    ("Norway will give a grant to help flood survivors rebuild their homes.", ("AID", "give")),
    # contact with a partner
    ("The French foreign minister spoke with his Russian counterpart on Monday.", ("CONSULT", "spoke")),
])
def test_one_sided_acts_of_their_type_are_kept(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))
