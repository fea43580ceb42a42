"""Two private persons talking, one named by a common noun, are in conversation, no consultation between
actors (PLOVER CONSULT; given_help.private_talk): "he talked with his neighbour", "the deputy spoke to a woman
at the door". Talks between states, bodies, offices or public figures stay events, and so do two persons
named by name alone (public figures the gazetteer may not know). Sentences of our own."""
from __future__ import annotations

import pytest


def talks(analysis) -> list[tuple[str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return [(names.get(e.subject, "-"), names.get(e.object, "-")) for e in analysis.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Mark Dalton said he talked with his neighbour about the noise on Sunday night.",
    "The deputy spoke to a woman at the door of the house before the gunman opened fire.",
    "Peter Quinlan spoke with the girl's mother outside the school.",
    "Her son spoke to Mrs Grant after the hearing.",
])
def test_a_private_person_talking_with_another_is_no_event(analyse_text, text):
    assert talks(analyse_text(text)) == []


@pytest.mark.parametrize(("text", "pair"), [
    ("Gordon Brown spoke with Angela Merkel about the budget on Tuesday.", ("Gordon Brown", "Angela Merkel")),
    ("Tony Blair spoke to Jacques Chirac by telephone on Sunday.", ("Tony Blair", "Jacques Chirac")),
    ("Chancellor Gerhard Schroeder spoke to George Bush by telephone.", ("Gerhard Schroeder", "George W. Bush")),
    ("Mr Odinga spoke with Mr Kibaki by telephone on Monday.", ("Odinga", "Kibaki")),
])
def test_talks_of_public_figures_and_named_persons_stay(analyse_text, text, pair):
    assert pair in talks(analyse_text(text))
