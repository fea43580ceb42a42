"""Sides the parser hangs on the verb of saying instead of the reported clause (extract/misjoined.py
reported_conjunct, opens_next_clause): the speaker is not the doer. Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.misjoined import opens_next_clause, reported_conjunct


def roles(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


def test_a_verb_joined_to_the_verb_of_saying_after_the_reported_verb_is_reported(nlp):
    doc = nlp("The singer was sued by a waitress who claimed he punched and kicked her outside a club.")
    kicked = next(t for t in doc if t.lower_ == "kicked")
    found = reported_conjunct(kicked)
    assert found is not None and found.lower_ == "punched", [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_verb_of_the_speaker_is_not_reported(nlp):
    # "said" has its own clause with an object: the speaker also "attacked"
    doc = nlp("The minister said the plan would fail and attacked the opposition leaders.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert reported_conjunct(attacked) is None


@pytest.mark.parametrize("text", [
    "The singer was sued by a waitress who claimed he punched and kicked her outside a club.",
])
def test_the_speaker_does_not_do_the_reported_act(text, analyse_text):
    found = roles(analyse_text(text), "ASSAULT")
    assert not any(s and "waitress" in s for s, _ in found), found


@pytest.mark.parametrize(("text", "speakers"), [
    ("The house collapsed after it was hit by rockets, medical officials and a neighbour said.",
     ("official", "neighbour")),
    ("A Red Crescent ambulance was hit by missiles, hospital staff and witnesses said.", ("staff", "witness")),
])
def test_closing_speakers_are_no_agents(text, speakers, analyse_text):
    found = roles(analyse_text(text), "ASSAULT")
    assert not any(s and any(w in s for w in speakers) for s, _ in found), found


def test_closing_speakers_open_the_verb_of_saying(nlp):
    doc = nlp("The house collapsed after it was hit by rockets, medical officials and a neighbour said.")
    officials = next(t for t in doc if t.lower_ == "officials")
    rockets = next(t for t in doc if t.lower_ == "rockets")
    assert opens_next_clause(officials) and not opens_next_clause(rockets)
