"""A symmetric act named by a gerund the parser tags a verb, its sides in a "between" phrase
(extract/gerunds.py): "fighting between A and B" is A and B fighting each other."""
from __future__ import annotations

import pytest


def sides_at(analysis, word: str, etype: str) -> set[frozenset]:
    return {frozenset((e.subject, e.object)) for e in analysis.events if e.trigger == word and e.type == etype}


@pytest.mark.parametrize(("text", "word", "etype"), [
    ("Fighting between Hamas and Fatah killed 12 people in Gaza.", "Fighting", "ASSAULT"),
    ("Since fighting between the Sudanese army and the SPLA-N began in July, thousands of civilians have fled.",
     "fighting", "ASSAULT"),
])
def test_gerund_between_two_named_sides(text, word, etype, analyse_text):
    analysis = analyse_text(text)
    sides = sides_at(analysis, word, etype)
    assert len(sides) == 1, analysis.events
    assert all(k is not None for pair in sides for k in pair)
    assert len(next(iter(sides))) == 2


@pytest.mark.parametrize("text", [
    "Fighting between the two candidates for the nomination grew bitter.",
    "The fighting in the north of the country continued for a week.",
])
def test_no_pair_without_two_named_sides(text, analyse_text):
    analysis = analyse_text(text)
    assert not any(e.type == "ASSAULT" and e.subject and e.object for e in analysis.events), analysis.events


# --- a possessor as the one acted on when the doer of a nominal event stands in "by" (frames.py)

def roles_at(analysis, word: str, etype: str) -> set[tuple]:
    return {(e.subject, e.object) for e in analysis.events if e.trigger == word and e.type == etype}


@pytest.mark.parametrize(("text", "word", "etype", "doer", "undergoer"), [
    ("Sokolov's arrest by Belarusian police drew condemnation in Vilnius.", "arrest", "COERCE", "police", "Sokolov"),
    ("The reporter was freed a week after her detention by Turkish police in Izmir.", "detention", "COERCE",
     "police", "reporter"),
])
def test_possessor_undergoes_a_nominal_event_with_a_by_doer(text, word, etype, doer, undergoer, analyse_text):
    analysis = analyse_text(text)
    roles = roles_at(analysis, word, etype)
    assert len(roles) == 1, analysis.events
    subj, obj = next(iter(roles))
    named = {k: e.name.lower() for k, e in analysis.entities.items()}
    assert obj is not None and undergoer.lower() in named.get(obj, obj.lower()), (roles, named)
    assert subj is not None and doer in named.get(subj, subj.lower()), (roles, named)


@pytest.mark.parametrize(("text", "word", "etype"), [
    ("Egypt's crackdown on the Muslim Brotherhood drew criticism.", "crackdown", "COERCE"),
])
def test_possessor_without_a_by_doer_stays_the_doer(text, word, etype, analyse_text):
    analysis = analyse_text(text)
    roles = roles_at(analysis, word, etype)
    assert roles and all(s is not None and "egy" in s.lower() for s, _ in roles), roles


def test_possessor_undergoing_is_never_the_doer(analyse_text):
    analysis = analyse_text("Lineman Tom Baxter's beating by an off-duty bouncer was caught on camera in Leeds.")
    named = {k: e.name.lower() for k, e in analysis.entities.items()}
    assert not any("baxter" in named.get(e.subject, e.subject.lower()) for e in analysis.events
                   if e.trigger == "beating" and e.subject), analysis.events
