"""A side's claim that its enemy struck it is its ACCUSE of the enemy (extract/enemy_claims.py), besides the
attack told as it is; a neutral teller (police, a witness, an agency), a third state, the striker's own side
or a denial makes the attack only. Sentences written for newsgraph."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, accuser, accused", [
    # the struck state
    ("Pakistan said Indian troops fired on its soldiers along the border.", "Pakistan", "Indian military"),
    # a state's forces, of an armed group at home
    ("The Nigerian army said Boko Haram fighters attacked a village in Nigeria.", "Nigerian military", "Boko Haram"),
    # an armed group, a party to the fighting
    ("The Taliban said US drones struck a village in Afghanistan, killing 12 civilians.", "Taliban",
     "United States Armed Forces"),
    # a person who speaks for the struck state
    ("Syrian Foreign Minister Walid Muallem said Turkish forces attacked Syrian army positions.", "Walid Muallem",
     "Turkish Armed Forces"),
])
def test_the_struck_side_accuses_the_striker(events_named, text, accuser, accused):
    got = events_named(text)
    assert ("ACCUSE", accuser, accused) in got, got
    assert any(e[0] == "ASSAULT" and e[1] == accused for e in got), got   # the attack stays


@pytest.mark.parametrize("text", [
    "Police said Hamas militants attacked a checkpoint in the city.",   # police telling of a crime
    "A witness said soldiers beat the protesters outside the court.",   # a witness
    "Reuters said Russian troops shelled a town in Ukraine.",   # an agency
    "The US said Israeli jets struck Hamas targets in Gaza.",   # a third state
    "The Israeli military said its jets struck Hamas targets in Gaza.",   # the striker's own side
    "Iraq said US jets struck Islamic State positions in Mosul, Iraq.",   # an ally striking the speaker's enemy
    "Israel said Hamas did not fire rockets at Israel.",   # no attack said
])
def test_a_neutral_or_own_teller_accuses_nobody(events_named, text):
    got = events_named(text)
    assert not any(e[0] == "ACCUSE" for e in got), got


def test_a_speaker_known_only_by_its_country_is_no_crash(events_named):
    # "Ukrainian officials" speak for Ukraine, which the sentence never names: no actor to accuse with, no error
    got = events_named("Ukrainian officials said Russian forces had shelled Kharkiv overnight.")
    assert any(e[0] == "ASSAULT" for e in got), got
