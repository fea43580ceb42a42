"""The body a complaint is made to is no accused (extract/complaint_forums.py): a complaint "with" or
"to" a court, a regulator, the police, the United Nations or a newspaper is brought before it, and
the party of its "against" phrase is the accused. Sentences written for these tests."""
from __future__ import annotations

import pytest


def accused(events_named, text: str) -> set:
    return {o for t, _, o in events_named(text) if t == "ACCUSE"}


@pytest.mark.parametrize("text, forum", [
    ("The nurse lodged a complaint with the Nursing and Midwifery Council tribunal.", "Nursing"),
    ("The pensioner complained in a letter to a local newspaper that the council had ignored him.", "newspaper"),
    ("The farmer complained to police about the hunt.", "police"),
    ("Ms Haddad lodged a complaint with the competition watchdog on Tuesday.", "watchdog"),
])
def test_the_forum_of_a_complaint_is_not_accused(events_named, text, forum):
    assert not any(o and forum in o for o in accused(events_named, text)), events_named(text)


@pytest.mark.parametrize("text, party", [
    ("Chile lodged a complaint with the United Nations against Bolivia.", "Bolivia"),
    # the parser hangs the "against" phrase on the forum
    ("Oxfam lodged a complaint with the regulator against Nestle over its baby milk labels.", "Nestle"),
])
def test_the_party_complained_against_is_accused_before_the_forum(events_named, text, party):
    found = accused(events_named, text)
    assert found == {party}, found


@pytest.mark.parametrize("text, party", [
    # a complaint to the party complained of stays theirs
    ("Vietnam complained to China about the seizure of its fishing boats.", "China"),
    ("Ghana lodged a complaint with Togo over the border closure.", "Togo"),
])
def test_a_complaint_to_the_wrongdoer_accuses_it(events_named, text, party):
    assert party in accused(events_named, text), events_named(text)
