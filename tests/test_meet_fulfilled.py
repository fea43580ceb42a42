""""Meet" with a goal, a term or a need as its object means to fulfil it: one meets people, not aims
(extract/sense_cooperative.py, CONSULT "meet", fulfilled_terms in judge.yaml). "Met all of its promises",
"to meet the aim of cutting the deficit", "met the deadline", "the deadline was met" are no meeting; "met Chirac", "met the
unions" stay meetings. Sentences of our own; each dropped event is checked to be made without the list."""
from __future__ import annotations

import pytest

from newsgraph.extract import sense_cooperative


def meetings(analysis) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Labour has met all of its promises, the deputy prime minister claimed.",
    "Greece met the deadline set by the IMF.",
    "Labour raised taxes to meet its target of halving child poverty.",
    "The deadline set by its lenders was met by Portugal.",   # passive: the term is the subject
    "Ford said it had already met most of the UAW's demands.",   # a demand met through a partitive
])
def test_a_goal_or_a_term_met_is_no_meeting(analyse_text, monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(sense_cooperative, "FULFILLED", frozenset())
        assert meetings(analyse_text(text)), text
    assert meetings(analyse_text(text)) == []


@pytest.mark.parametrize("text", [
    "Blair met Chirac in Paris on Monday.",
    "The Greek prime minister met the IMF's negotiators to discuss the deadline.",
])
def test_people_met_stay_a_meeting(analyse_text, text):
    assert meetings(analyse_text(text)), text
