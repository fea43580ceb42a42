"""Criticism stated from the criticised side: "came under fire from MPs", "faced a backlash from"
are accusations by the critics, not attacks; troops under fire from forces are still shot at."""
from __future__ import annotations

import pytest


def test_a_politician_under_fire_from_a_party_is_accused_by_it_not_attacked(events_named):
    found = events_named("Tony Blair came under fire from Labour MPs over the war.")
    assert ("ACCUSE", "Labour Party", "Tony Blair") in found
    assert not [e for e in found if e[0] == "ASSAULT"]


def test_a_backlash_from_a_party_is_an_accusation_by_it(events_named):
    found = events_named("Boris Johnson faced a backlash from Conservative MPs over the plan.")
    assert ("ACCUSE", "Conservative Party", "Boris Johnson") in found


def test_troops_under_fire_from_forces_are_attacked_not_criticised(events_named):
    found = events_named("Ukrainian troops came under fire from Russian forces near Bakhmut.")
    assert [e for e in found if e[0] == "ASSAULT"]
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_criticism_come_in_for_from_a_party_is_an_accusation_by_it(events_named):
    found = events_named("Gordon Brown came in for sharp criticism from Conservative MPs over the pension raid.")
    assert ("ACCUSE", "Conservative Party", "Gordon Brown") in found


def test_coming_in_for_a_vote_is_no_criticism(events_named):
    found = events_named("Gordon Brown came in for the vote on Tuesday.")
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_an_accuser_named_before_the_noun_undergone_is_the_accuser(events_named):
    found = events_named("Goldman Sachs is facing a Justice Department probe into its trading.")
    assert any(e[0] == "ACCUSE" and e[1] and "Justice" in e[1] and e[2] == "Goldman Sachs" for e in found), found


def test_criticism_an_act_sparks_accuses_its_doer(events_named):
    found = events_named("Russia's raid prompted condemnation from the European Union.")
    assert ("ACCUSE", "European Union", "Russia") in found
    found = events_named("Boris Johnson provoked a backlash from Conservative MPs.")
    assert ("ACCUSE", "Conservative Party", "Boris Johnson") in found


def test_criticism_a_death_sparks_does_not_accuse_the_dead(events_named):
    found = events_named("Ahmed Khan's death sparked criticism from rights groups.")
    assert not [e for e in found if e[0] == "ACCUSE" and e[2] and "Khan" in e[2]]


def test_acts_one_has_had_from_someone_are_theirs(events_named):
    """"Has had complaints from residents": the residents complain; the haver undergoes the act,
    whatever its type."""
    found = events_named("The Leeds City Council has had complaints from residents about the late bins.")
    assert ("ACCUSE", "residents", "Leeds City Council") in found and ("ACCUSE", "Leeds City Council", None) not in found
    found = events_named("Kenya has had help from Britain in the relief effort.")
    assert ("AID", "United Kingdom", "Kenya") in found and ("AID", "Kenya", None) not in found


def test_an_act_one_has_under_way_with_no_doer_named_is_ones_own(events_named):
    found = events_named("The police have an investigation under way into the robbery.")
    assert any(e[0] == "ACCUSE" and e[1] == "police" for e in found), found


@pytest.mark.parametrize("text, critics, criticised", [
    # critics by their noun, with or without a reason
    ("The health secretary came under fire from critics.", "critics", "health secretary"),
    # described people with a reason, and a reason whose own words are of war
    ("The chancellor came under fire from backbenchers over the pension plans.", "backbenchers", "Chancellor"),
    ("The defence secretary came under attack from opposition parties over the Iraq war.", "opposition parties",
     "Defence secretary"),
    # a "for" the parser hangs on the critics that names the criticised one's conduct
    ("Gordon Brown came under fire from campaigners for his handling of the pensions row.", "campaigners", "Brown"),
])
def test_fire_from_described_critics_is_criticism_not_an_attack(events_named, text, critics, criticised):
    found = events_named(text)
    assert any(e[0] == "ACCUSE" and e[1] and e[1].startswith(critics) and e[2] and criticised.lower() in e[2].lower()
               for e in found), found
    assert not [e for e in found if e[0] == "ASSAULT"], found


@pytest.mark.parametrize("text", [
    "The mayor's convoy came under attack from villagers near the river.",        # no reason, no critics
    "The mayor came under attack from protesters over the plans, leaving him injured.",   # harm told
    "The patrol came under fire from gunmen over the weekend.",                     # armed men; a time
    "The convoy came under fire from gunmen for the second time in a week.",        # armed men; a count
])
def test_fire_from_described_people_with_no_reason_or_with_harm_stays_an_attack(events_named, text):
    found = events_named(text)
    assert not [e for e in found if e[0] == "ACCUSE"], found
