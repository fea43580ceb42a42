"""A place's protests are held there by its people: "France's street protests", "the capital's
protests", "Spain also had protests" do not make the country or the town the protester (a state's own
protest is a diplomatic one, an accusation). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("France's street protests against the pension reform turned violent on Thursday.", "France"),
    ("Students marched through the rain in the Greek capital's biggest protests in years.", "Greece"),
    ("Portugal also had protests against the new labour law.", "Portugal"),
    ("Chile's protests over metro fares spread to every city.", "Chile"),
])
def test_a_place_is_not_the_protester(events_named, text, place):
    assert not any(t == "PROTEST" and s == place for t, s, _ in events_named(text))


def test_the_people_named_still_protest_there(events_named):
    found = events_named("Hundreds of farmers held protests in Paris against the new fuel tax.")
    assert any(t == "PROTEST" and s == "farmers" for t, s, _ in found), found


def test_a_states_protest_to_another_state_is_its_own(events_named):
    found = events_named("Japan protested to China over the gas drilling.")
    assert any(s == "Japan" and o == "China" for _, s, o in found), found
