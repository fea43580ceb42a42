"""What one side calls on another to do has not happened: the request is the event."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(events_named):
    return lambda text: events_named(text, "certainty")


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
