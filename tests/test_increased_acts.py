"""Raising the degree of an act carries it as intensify and escalate do: "rebels increased attacks on army
posts" is their attack, "the party increased its calls for the minister to quit" its demand. Sentences
are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, typ, subj", [
    ("Rebels increased attacks on army posts near the border.", "ASSAULT", "rebels"),
    ("Donors increased aid to the flood victims in the delta.", "AID", "donors"),
    ("The union has increased its calls for the chief executive to resign.", "REQUEST", "union"),
])
def test_increased_act_is_the_subjects(events_named, text, typ, subj):
    rows = events_named(text)
    assert any(t == typ and (s or "").split(" (")[0] == subj and o is not None for t, s, o in rows), rows


def test_increased_amount_is_no_event(events_named):
    assert not events_named("The central bank increased interest rates by half a point.")
