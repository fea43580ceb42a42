"""People an event's side names by their standing only (data/lexicon/words/actors.yaml described_side_nouns):
a candidate, a village headman, a school principal. Sentences written for newsgraph."""
from __future__ import annotations


def test_a_victim_described_by_office_or_standing_is_a_side(events_named):
    found = set(events_named("Gunmen shot dead a mayoral candidate in Michoacan on Tuesday."))
    assert any(t == "ASSAULT" and o == "mayoral candidate" for t, _, o in found), found
    found = set(events_named("Bandits abducted a school principal in Zamfara state."))
    assert any(t == "ASSAULT" and o == "school principal" for t, _, o in found), found
