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
