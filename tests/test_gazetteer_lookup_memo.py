"""Gazetteer.lookup keeps its answers by name: an actor added after a name was looked up is still found."""
from __future__ import annotations

from newsgraph.resolve.gazetteer import Actor, Gazetteer


def test_an_actor_added_after_a_lookup_is_found():
    gaz = Gazetteer()
    gaz.add(Actor(id="ORG1", name="Northern Harbour Authority", type="ORGANIZATION"))
    assert gaz.lookup("Eastfield Rangers") is None
    assert gaz.lookup("the Northern Harbour Authority").id == "ORG1"
    gaz.add(Actor(id="ORG2", name="Eastfield Rangers", type="ORGANIZATION"))
    assert gaz.lookup("Eastfield Rangers").id == "ORG2"
    assert gaz.lookup("Eastfield Rangers") is gaz.lookup("Eastfield Rangers")
