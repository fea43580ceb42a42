""""The two airlines", "both firms", "the two men", "the pair": the two parties the story named
together just before, when they are of the kind the noun says. Sentences are our own."""
from __future__ import annotations

import pytest


def test_the_two_airlines_as_object_are_both_of_the_pair(events_named):
    found = events_named("Lufthansa and KLM cut their fares last week. "
                         "The European Commission fined the two airlines on Monday.")
    assert {o for t, _, o in found if t == "SANCTION"} == {"Lufthansa", "KLM"}, found


@pytest.mark.parametrize("phrase", ["The two men", "The pair"])
def test_two_men_or_the_pair_are_the_people_named_together(events_named, phrase):
    found = events_named(f"Tony Blair met Gordon Brown in London on Monday. {phrase} criticised the unions.")
    assert {s for t, s, _ in found if t == "ACCUSE"} == {"Tony Blair", "Gordon Brown"}, found


def test_both_firms_after_two_companies_named_together(events_named):
    found = events_named("Nokia and Siemens said they would merge their network units. "
                         "Both firms criticised the European Commission on Tuesday.")
    assert {s for t, s, _ in found if t == "ACCUSE"} == {"Nokia", "Siemens"}, found


def test_a_pair_of_another_kind_is_not_the_pair(events_named):
    # "the two companies" are no two politicians
    found = events_named("Tony Blair met Gordon Brown in London on Monday. "
                         "The two companies criticised the unions.")
    assert not any(s in ("Tony Blair", "Gordon Brown") for t, s, _ in found if t == "ACCUSE"), found


def test_two_men_without_the_are_new_people(events_named):
    found = events_named("Tony Blair met Gordon Brown in London on Monday. "
                         "Two men attacked a police officer outside the building.")
    assert not any(s in ("Tony Blair", "Gordon Brown") for t, s, _ in found if t == "ASSAULT"), found


def test_the_two_countries_after_a_leader_and_a_state(events_named):
    found = events_named("Venezuelan president Hugo Chavez has offered China access to the oil fields. "
                         "The two countries also signed a deal on mining.")
    assert any(t == "AGREE" and {s, o} == {"Hugo Chavez", "China"} for t, s, o in found), found


def test_the_pair_are_two_people_not_two_bodies():
    # "a party ... two members who defected to another party ... the pair": the members, not the parties
    from newsgraph.extract.pair_nouns import PAIR_WORDS, fits_pair
    assert fits_pair(PAIR_WORDS["pair"], ("PERSON", "PERSON"))
    assert not fits_pair(PAIR_WORDS["pair"], ("ORGANIZATION", "GOVERNMENT"))
    assert not fits_pair("state", ("PERSON", "PERSON"))     # "Blair met Brown ... the two countries"
