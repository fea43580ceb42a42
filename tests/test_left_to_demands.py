"""A duty a speaker leaves to another actor (extract/demands.py left_to): "said it was up to X to act",
"said the onus was on X to act" is the speaker's demand on X (PLOVER REQUEST), as "said it was time for X
to act" is; a choice left to another ("up to the court to decide") asks nothing."""
from __future__ import annotations

import pytest


def demands(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "REQUEST"}


@pytest.mark.parametrize(("text", "asker", "asked"), [
    ("The Liberal Democrats said it was up to Gordon Brown to explain the missing billions.", "Liberal Democrats",
     "Gordon Brown"),
    ("Human Rights Watch said the onus was on Egypt to release the bloggers.", "Human Rights Watch", "Egypt"),
    ("The White House said it was up to North Korea to return to the talks.", "White House", "North Korea"),
])
def test_a_duty_left_to_an_actor_is_a_demand_on_it(events_named, text, asker, asked):
    assert any(o == asked for s, o in demands(events_named, text)), demands(events_named, text)


@pytest.mark.parametrize("text", [
    "The Liberal Democrats said it was up to the Supreme Court to decide.",
    "The Liberal Democrats said it was not up to Gordon Brown to explain the missing billions.",
])
def test_no_demand_from_a_choice_left_or_a_duty_denied(events_named, text):
    assert not demands(events_named, text)


@pytest.mark.parametrize(("text", "asked"), [
    ("The Scottish National Party said Gordon Brown must go.", "Gordon Brown"),
    ("The Liberal Democrats said it was time for Gordon Brown to go.", "Gordon Brown"),
])
def test_a_bare_go_asked_of_an_office_holder_demands_it_leave(events_named, text, asked):
    assert any(o == asked for s, o in demands(events_named, text)), demands(events_named, text)


@pytest.mark.parametrize("text", [
    "The Scottish National Party said Gordon Brown must go to Brussels next week.",
    "The Scottish National Party said Gordon Brown should go further on pensions.",
])
def test_a_go_with_a_place_or_a_degree_is_no_demand_to_leave(events_named, text):
    assert not demands(events_named, text)
