"""Sides found through a possessive on the subject and through the coercion a concession ends.

- resolve/coref.py: "Its plan was rejected by France": a possessive on the clause's own subject
  cannot belong to that subject; it names the topic before, as a subject "it" does.
- extract/events.py: "eased its blockade of Gaza": a concession ending a coercion of a place keeps
  the place as its side.
"""
from __future__ import annotations

import pytest


def roles(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


@pytest.mark.parametrize(("text", "etype", "doer", "owner"), [
    ("Germany proposed a new tax on fuel. Its plan was rejected by France.", "REJECT", "france", "germany"),
    ("Turkey offered to host the summit. Its offer was welcomed by the United Nations.", "SUPPORT",
     "united nations", "turkey"),
])
def test_possessive_on_the_subject_names_an_earlier_owner(text, etype, doer, owner, analyse_text):
    assert (doer, owner) in roles(analyse_text(text), etype)


def test_possessive_on_an_object_still_belongs_to_the_subject(analyse_text):
    # "its" on the object of "said its fighters" stays with the clause subject above
    analysis = analyse_text("Egypt closed the border. Hamas said its fighters attacked an Israeli post.")
    assert any(s == "hamas" for s, _ in roles(analysis, "ASSAULT")), analysis.events


# --- extract/events.py: a concession ending a coercion of a place keeps the place as its side

@pytest.mark.parametrize("text", [
    "Egypt eased its blockade of the Gaza Strip after the talks.",
    "Egypt lifted its blockade of the Gaza Strip on Tuesday.",
])
def test_ending_a_blockade_of_a_place_concedes_to_it(text, analyse_text):
    found = roles(analyse_text(text), "CONCEDE")
    assert any(s == "egypt" and o and "gaza" in o for s, o in found), found


def test_a_place_visited_is_still_no_side(analyse_text):
    found = roles(analyse_text("Egyptian officials travelled to the Gaza Strip for talks with Hamas."), "CONSULT")
    assert not any(o and "gaza" in o for _, o in found), found
