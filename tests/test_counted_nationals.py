"""People of a nation counted by a number who act are a group of the story, not the state their demonym
would stand for (extract/counted_nationals.py). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind, state, group", [
    ("Three Iraqis attacked the guards at the checkpoint.", "ASSAULT", "Iraq", "Iraqis"),
    ("The guards were attacked by four Afghans with knives.", "ASSAULT", "Afghanistan", "Afghans"),
])
def test_counted_people_of_a_nation_act_as_themselves(events_named, text, kind, state, group):
    found = {s for t, s, o in events_named(text) if t == kind}
    assert group in found and state not in found, found


def test_a_demonym_not_counted_still_stands_for_its_state(events_named):
    found = {s for t, s, o in events_named("The Iraqis accused the Kurds of breaking the oil deal.") if t == "ACCUSE"}
    assert "Iraq" in found, found
