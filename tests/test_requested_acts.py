"""What one side calls on another to do has not happened: the request is the event."""
from __future__ import annotations

import pytest

from newsgraph.extract import analyse
from newsgraph.model import Document


@pytest.fixture(scope="module")
def events(nlp, gazetteer):
    def run(text: str):
        analysis = analyse(Document(source="test", text=text), nlp(text), gazetteer)
        name = lambda key: analysis.entities[key].name if key in analysis.entities else key   # noqa: E731
        return {(e.type, name(e.subject), name(e.object), e.certainty) for e in analysis.events}
    return run


@pytest.mark.parametrize("text", [
    "Norway called on Serbia to withdraw its troops from the border.",
    "Norway urged Serbia to withdraw its troops from the border.",
    "Norway called for Serbia to withdraw its troops from the border.",
])
def test_the_act_called_for_is_not_asserted(events, text):
    found = events(text)
    assert ("REQUEST", "Norway", "Serbia", "asserted") in found, found
    assert not any(t == "RETREAT" and c == "asserted" for t, _, _, c in found), found


def test_an_act_in_a_clause_of_time_after_an_agreement_is_asserted(events):
    found = events("Croatia agreed to the deal after Serbia withdrew its troops from the border.")
    assert any(t == "RETREAT" and s == "Serbia" and c == "asserted" for t, s, _, c in found), found
