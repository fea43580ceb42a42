"""A state's government acting on the state itself, or on a thing of its own, is one actor on its own
matter (event_steps.own_matter, "acts on itself"): "the White House backs the US's policy" names no second
actor. Another state's matter, a party's stand on its state's policy, and people who stand for the state
acted on by its government stay events between two. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The White House still officially backs the US's traditional strong dollar policy.",
    "The British government has backed Britain's bid to host the 2012 Olympics.",
])
def test_a_government_on_its_own_states_matter_is_no_event_between_two(events_named, text):
    found = events_named(text)
    assert not any(t == "SUPPORT" for t, _, _ in found), found


@pytest.mark.parametrize("text, subject, obj", [
    ("The Chinese government criticised Japan's policy on the disputed islands.", "Chinese government", "Japan"),
    ("Labour criticised Britain's asylum policy.", "Labour Party", "United Kingdom"),
])
def test_a_stand_on_another_states_or_ones_own_states_policy_by_a_party_stays(events_named, text, subject, obj):
    assert ("ACCUSE", subject, obj) in events_named(text)


def test_a_government_acting_on_people_who_stand_for_its_state_stays(events_named):
    """"America's ambassadors" stand for the state, but they are people the government acts on."""
    found = events_named("The White House reined in America's ambassadors after the leak.")
    assert any(t == "COERCE" and s == "United States government" for t, s, _ in found), found
