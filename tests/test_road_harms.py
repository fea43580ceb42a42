"""A death or blow on the road told with the words of driving is no attack (extract/road_harms.py): a
sentence naming an offence of driving, a vehicle that strikes, a death "in a car accident" (even with
police in the story), or a blow in a story whose vehicles and offences of driving together come three
times. Sentences of our own; each dropped event is checked to be made without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import sense_conflict


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (sense_conflict, "road_death", lambda c, security: False))


@pytest.mark.parametrize("text, event", [
    ("A Leeds man was charged with murder and vehicular manslaughter after the crash on the ring road.",
     ("ASSAULT", "murder")),
    ("Police arrested the hit-and-run driver who killed a teenager near the school in Leeds.", ("ASSAULT", "killed")),
    ("Ian Porter was charged with drink driving after he hit and injured a pensioner in Hull.", ("ASSAULT", "hit")),
    ("Ian Porter struck the boy as he crossed the road in Hull, when the lorry hit him and sped away.",
     ("ASSAULT", "struck")),
    # police in the story, whom it may take as the doer
    ("Two police officers shot a teenager in Leeds in May, police said. His brother was killed in a car accident "
     "last year.", ("ASSAULT", "killed")),
    # an offence of driving counts with the story's vehicles (twice here, and one car)
    ("Ian Porter was held on suspicion of DUI in Hull. Porter was charged with vehicular manslaughter on Monday. "
     "Porter struck a cyclist on Ferensway in his Ford and did not stop, said his neighbour, who saw the car.",
     ("ASSAULT", "struck")),
])
def test_a_death_on_the_road_is_no_attack(text, event, analyse_text, without_rule):
    assert event in type_triggers(without_rule(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # a word of attack in the sentence: the military's hit-and-run raids
    ("Rebels staged hit-and-run attacks on army posts in the north and killed 12 soldiers.", ("ASSAULT", "attacks")),
    # a verb of shooting, whatever offence of driving was suspected
    ("A state trooper shot Ian Porter, whom he suspected of drunk driving, outside Hull.", ("ASSAULT", "shot")),
    # what rioters strike is no vehicle striking
    ("Rioters struck a police van in Bradford and injured two officers, police said.", ("ASSAULT", "struck")),
])
def test_blows_of_attack_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))
