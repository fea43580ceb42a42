"""Conflict acts news states from the side that undergoes or joins them: violence undergone with
no doer named ("the convoy came under fire near Kandahar": extract/fire_undergone.py), custody or
violence nouns owned by whom they are done to ("Navalny's arrest": extract/undergoing_owners.py),
a violence noun with its toll but no patient ("a shooting ... killed 49 people"), protests
organised or joined (extract/protest_joiners.py) and closures of outlets. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from named_events import named_sides


def of_type(analysis, etype: str) -> list:
    return [e for e in analysis.events if e.type == etype]


@pytest.mark.parametrize("text", [
    "Ukrainian troops came under fire near Bakhmut on Sunday.",
    "A Nigerian army patrol came under heavy fire outside Maiduguri.",
    "The Turkish embassy came under mortar fire in Mogadishu.",
    # "after" and a clause tells when
    "A Nigerian army patrol came under fire after crossing the border near Maiduguri.",
])
def test_fire_undergone_by_forces_or_posts_is_an_attack_by_no_one_named(analyse_text, text):
    attacks = of_type(analyse_text(text), "ASSAULT")
    assert attacks and all(e.subject is None for e in attacks) and any(e.object for e in attacks)


@pytest.mark.parametrize("text", [
    "The health secretary came under fire for the delays.",
    "The airline came under fire over its refund policy.",
    "The French government came under attack in parliament on Tuesday.",
])
def test_fire_undergone_with_a_reason_or_by_a_politician_is_no_attack(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


@pytest.mark.parametrize("text, patient", [
    ("Alexei Navalny's arrest drew crowds to the court.", "Navalny"),
    ("The journalists' detention lasted eleven days.", "journalists"),
])
def test_an_owned_arrest_is_done_to_its_owner(analyse_text, text, patient):
    assert any(obj and patient in obj for _, obj in named_sides(analyse_text(text), "COERCE"))


def test_a_states_owned_detention_stays_its_act(analyse_text):
    found = named_sides(analyse_text("Iran's detention of three French tourists angered Paris."), "COERCE")
    assert any(subj == "Iran" for subj, _ in found)


@pytest.mark.parametrize("text, attacker", [
    ("Rebels brought the convoy under heavy fire near Goma.", "rebels"),
    ("The army outpost was taken under fire by Taliban fighters on Sunday.", "Taliban"),
])
def test_fire_brought_on_a_target_is_the_subjects_attack(analyse_text, text, attacker):
    found = named_sides(analyse_text(text), "ASSAULT", lower=True)
    assert any(subj and attacker.lower() in subj for subj, _ in found)


@pytest.mark.parametrize("text", [
    "The report brought the minister under fire over the cuts.",
    "Opposition MPs brought the chancellor under fire.",
])
def test_fire_brought_on_a_politician_or_with_a_reason_is_no_attack(analyse_text, text):
    assert not of_type(analyse_text(text), "ASSAULT")


def test_fire_after_a_deed_is_criticism_not_an_attack(analyse_text):
    assert not of_type(analyse_text("Ukrainian troops came under fire after remarks by the general."), "ASSAULT")


def test_an_owned_skill_noun_is_no_violence(analyse_text):
    assert not of_type(analyse_text("Rooney's shooting was poor in the second half."), "ASSAULT")


def test_an_owned_skill_noun_in_a_match_report_is_no_violence(analyse_text):
    report = ("United drew 0-0 with Chelsea in the league. The striker missed two chances and Rooney's "
              "shooting, which left fans dead quiet, was poor as the team failed to score a goal in the match.")
    assert not [e for e in of_type(analyse_text(report), "ASSAULT") if e.object]


def test_an_owned_shooting_in_news_was_done_to_the_owner(analyse_text):
    found = named_sides(analyse_text("Protesters marched after Tamir Rice's shooting, which left the 12-year-old dead."),
                  "ASSAULT")
    assert (None, "Tamir Rice") in found and not any(subj == "Tamir Rice" for subj, _ in found)


def test_a_violence_noun_with_its_toll_is_an_attack(analyse_text):
    attacks = of_type(analyse_text("A shooting at a bar in Memphis killed six people on Saturday."), "ASSAULT")
    assert attacks and attacks[0].quantities.get("killed") == 6


def test_a_killing_of_a_thing_is_still_none(analyse_text):
    assert not of_type(analyse_text("The killing of the housing bill angered tenants."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Colombian students organised a march against the tax reform in Bogota.",
    "Thousands of rice farmers joined the protest outside the ministry in Delhi.",
])
def test_protests_organised_or_joined_are_protests_of_their_makers(analyse_text, text):
    assert any(e.subject for e in of_type(analyse_text(text), "PROTEST"))


@pytest.mark.parametrize("text", [
    "Qatar organised talks between the two factions in Doha.",
    "Supporters joined the celebrations in Madrid.",
])
def test_organised_talks_or_joined_parties_are_no_protests(analyse_text, text):
    assert not of_type(analyse_text(text), "PROTEST")


def test_a_called_off_protest_is_no_protest(analyse_text):
    assert not of_type(analyse_text("Nurses in Leeds called off the rally planned for Friday."), "PROTEST")


@pytest.mark.parametrize("text", [
    "Three of the bankers got jail terms of four years.",
    "Mary Kowalczyk received a six-year sentence for the fraud.",
    "The banker received a six-year prison term for fraud.",
])
def test_a_sentence_received_is_a_court_sanction_of_the_receiver(analyse_text, text):
    found = of_type(analyse_text(text), "SANCTION")
    assert found and all(e.subject is None and e.object for e in found)


@pytest.mark.parametrize("text", [
    "The winger received a three-match ban for the tackle.",
    "The actress received a standing ovation in Cannes.",
    "Mary Kowalczyk faces a six-year sentence for the fraud.",
    # a term of so many years is as often a term of office
    "The mayor got a second four-year term in office.",
    "Mary Kowalczyk got a ten-year term as the bank's governor.",
])
def test_a_ban_ovation_or_prospect_received_is_no_sentence(analyse_text, text):
    assert not of_type(analyse_text(text), "SANCTION")


@pytest.mark.parametrize("text, etype", [
    ("The prize went to jailed Belarusian activist Maria Kolesnikova.", "COERCE"),
    ("Relatives of the kidnapped Italian engineers appealed to the rebels.", "ASSAULT"),
    # a body's name between participle and people is theirs, not a title's
    ("Lawyers for jailed Apple Daily founder Jimmy Lai appealed on Monday.", "COERCE"),
    ("Supporters of the kidnapped Exxon engineer Mark Chen rallied outside the court.", "ASSAULT"),
])
def test_a_participle_of_custody_or_violence_on_people_is_done_to_them(analyse_text, text, etype):
    found = of_type(analyse_text(text), etype)
    assert found and all(e.subject is None and e.object for e in found)


@pytest.mark.parametrize("text", [
    "The banned substance was found in his second sample.",
    "The sacked manager sued the club for damages.",
])
def test_a_participle_on_a_thing_or_of_another_sense_is_nothing(analyse_text, text):
    assert not [e for e in analyse_text(text).events if e.type in ("COERCE", "ASSAULT")]


def test_a_participle_opening_a_title_is_no_custody(analyse_text):
    found = analyse_text("Arrested Development actor Will Arnett hosted the show.")
    assert not of_type(found, "COERCE")


def test_a_pronoun_owner_is_left_to_the_story(analyse_text):
    found = analyse_text("Peter Hall, 31, pleaded guilty to her murder in Leeds.")
    assert not [e for e in of_type(found, "ASSAULT") if e.object and e.subject is None]


@pytest.mark.parametrize("text", [
    "Rioters set fire to a bank in the centre of Dakar.",
    "Rioters torched two buses in Nairobi on Monday.",
])
def test_rioters_burning_things_riot(analyse_text, text):
    found = analyse_text(text)
    assert of_type(found, "PROTEST") and not of_type(found, "ASSAULT")


def test_protesters_attacking_police_still_attack(analyse_text):
    assert of_type(analyse_text("Protesters attacked riot police with rocks in Nairobi."), "ASSAULT")


def test_protesters_burning_a_building_with_people_killed_attack(analyse_text):
    found = analyse_text("Two guards died after rioters set the court building in Lima on fire.")
    assert of_type(found, "ASSAULT") and not of_type(found, "PROTEST")


def test_protesters_throwing_petrol_bombs_attack(analyse_text):
    assert of_type(analyse_text("One protester threw a petrol bomb at a bank in Lyon."), "ASSAULT")
