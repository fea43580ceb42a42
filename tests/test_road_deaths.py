"""Someone striking or running over another in a story of a road death is no attack (extract/everyday.py,
run_down): a verb of impact with no weapon or attack in its sentence, in a story whose words of vehicles
come at least three times and outnumber its words of arms. Stories of our own; each dropped event is
checked to be made without the story's vehicles."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import everyday

ROAD_STORY = ("A driver whose car had no insurance was arrested on Friday in Leeds. Police said the van he had "
              "borrowed was found near the car park. ")


@pytest.fixture()
def without_vehicles(analyse_without):
    return lambda text: analyse_without(text, (everyday, "VEHICLES", frozenset()))


@pytest.mark.parametrize("text, event", [
    (ROAD_STORY + "Witnesses said Mark Dunn hit and killed a woman crossing Kirkgate.", ("ASSAULT", "hit")),
    (ROAD_STORY + "Mark Dunn struck a pensioner outside the store and then fled, police said.", ("ASSAULT", "struck")),
])
def test_a_road_death_is_no_attack(text, event, analyse_text, without_vehicles):
    assert event in type_triggers(without_vehicles(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # arms in the sentence: an attack, whatever the story's vehicles
    (ROAD_STORY + "Mark Dunn struck a pensioner with a knife outside the store, police said.", ("ASSAULT", "struck")),
    # a rioters' story with a few cars in it, whose words of attack outnumber them
    ("Rioters set fire to a car, a bus and a van in Bradford. Police said the attack on officers was planned and the "
     "rioters carried petrol bombs, bricks and knives. Rioters hit two officers outside the mosque.",
     ("ASSAULT", "hit")),
    # no story of vehicles
    ("Gang members hit a shopkeeper outside his store in Leeds, police said.", ("ASSAULT", "hit")),
])
def test_blows_outside_a_road_story_stay_attacks(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))
