"""Verbs with a sense of words and a sense of blows, typed by the construction and the doer: a charge made
with batons is violence (ASSAULT), a charge "with" a crime (at a court too) an accusation, a price charged
no event (verbs.yaml "charge with baton", not_events); "blasted" by jets or artillery, or by troops at
military positions, is an attack, by a person, a party or an armed group speaking criticism (verbal_attacks.armed_blow,
blow_at_positions); the police storming a
building raid it (COERCE), troops or a crowd storming one attack it (seizing.py); a campaign "targeting" voters
aims at an audience, no blow (sense_conflict.audience_targeted), and one the law "targets" is pursued, no blow
(sense_conflict.pursued_by_the_law). Sentences written for
newsgraph."""
from __future__ import annotations

import pytest


def types(events_named, text: str) -> set[str]:
    return {r[0] for r in events_named(text) if r[0] not in ("LEADERSHIP", "AFFILIATION")}


@pytest.mark.parametrize("text", [
    "Bangladeshi riot police charged garment workers with batons in Dhaka.",
    "Belarusian riot police charged opposition marchers with truncheons in Minsk.",
])
def test_a_charge_at_people_is_violence(events_named, text):
    found = types(events_named, text)
    assert "ASSAULT" in found, found
    assert "ACCUSE" not in found, found


@pytest.mark.parametrize("text", [
    "Turkish prosecutors charged six journalists with terrorism.",
    "Police in Lagos charged two activists with treason.",
    "The former Nigerian oil minister was charged at Westminster Magistrates' Court with bribery.",
])
def test_a_charge_with_a_crime_stays_an_accusation(events_named, text):
    found = types(events_named, text)
    assert "ACCUSE" in found, found
    assert "ASSAULT" not in found, found


@pytest.mark.parametrize("text", [
    "Deutsche Telekom charged its Polish customers higher roaming fees.",
    "English universities began charging foreign students for tuition fees in 1998.",
    "Gazprom charged Ukraine a higher price for its gas.",
])
def test_a_price_charged_is_no_accusation(events_named, text):
    assert "ACCUSE" not in types(events_named, text), events_named(text)


@pytest.mark.parametrize("text", [
    "Turkish jets blasted PKK positions in the Qandil mountains.",
    "Russian artillery blasted Ukrainian positions outside Avdiivka.",
])
def test_a_blast_by_jets_or_guns_is_an_attack(events_named, text):
    found = types(events_named, text)
    assert "ASSAULT" in found, found
    assert "ACCUSE" not in found, found


@pytest.mark.parametrize("text", [
    # troops or an armed group blasting military positions strike them
    "Ukrainian forces blasted Russian positions near the river overnight.",
    "Syrian troops blasted Islamic State positions near Palmyra.",
])
def test_forces_blasting_positions_attack_them(events_named, text):
    found = types(events_named, text)
    assert "ASSAULT" in found, found
    assert "ACCUSE" not in found, found


def test_a_position_on_a_matter_blasted_is_criticised(events_named):
    found = types(events_named, "The Taliban blasted Pakistan's position on the talks.")
    assert "ACCUSE" in found and "ASSAULT" not in found, found


@pytest.mark.parametrize("text, speaker", [
    ("Hezbollah blasted Israel over the killing of its commander.", "Hezbollah"),
    ("The Pakistani army blasted the Indian report as baseless.", "Pakistani"),
    ("Greek Prime Minister Kyriakos Mitsotakis blasted Turkey over the drilling.", "Mitsotakis"),
])
def test_blasting_someone_in_words_stays_criticism(events_named, text, speaker):
    found = {r[:2] for r in events_named(text)}
    assert any(t == "ACCUSE" and s is not None and speaker in s for t, s in found), found
    assert not any(t == "ASSAULT" and s is not None and speaker in s for t, s in found), found


def test_the_police_storming_a_building_raid_it(events_named):
    found = types(events_named, "Police stormed the offices of the opposition newspaper in Istanbul.")
    assert "COERCE" in found, found
    assert "ASSAULT" not in found, found


@pytest.mark.parametrize("text", [
    "Islamist fighters stormed a military base in northern Mali.",
    "Protesters stormed the presidential palace in Colombo.",
])
def test_fighters_or_crowds_storming_a_place_attack_it(events_named, text):
    found = types(events_named, text)
    assert "ASSAULT" in found, found
    assert "COERCE" not in found, found


def test_a_think_tank_blasting_a_plan_speaks(events_named):
    found = types(events_named, "The Adam Smith Institute think tank blasted the British government over the rail plan.")
    assert "ASSAULT" not in found, found


@pytest.mark.parametrize("text", [
    # an audience a campaign aims at is no target of a blow
    "The Conservative campaign targeted Labour voters in the northern seats.",
])
def test_a_campaign_targeting_voters_attacks_no_one(events_named, text):
    assert "ASSAULT" not in types(events_named, text), events_named(text)


def test_armed_men_targeting_voters_attack_them(events_named):
    assert "ASSAULT" in types(events_named, "Militants targeted voters queuing at a polling station in Kandahar.")


@pytest.mark.parametrize("text", [
    # the law's target is pursued (COERCE): no blow
    "Prosecutors in Milan have targeted two hedge funds in a fraud inquiry.",
    "Thai police have targeted illegal gambling dens across Bangkok.",
])
def test_the_law_targeting_someone_pursues_them(events_named, text):
    found = types(events_named, text)
    assert "COERCE" in found, found
    assert "ASSAULT" not in found, found


@pytest.mark.parametrize("text", [
    "Riot police in Nairobi targeted the marchers with tear gas and batons.",
    "Police said the gunman targeted two managers at the warehouse.",
])
def test_targets_of_force_or_of_armed_men_stay_violence(events_named, text):
    assert "ASSAULT" in types(events_named, text), events_named(text)
