"""Whom a demand asks and whom its clause is done to (extract/voice.subject_undergoes, read by
extract/clause_roles.py and extract/verbal.py). Sentences of our own.

- The subject of a demanded clause is the one asked only when it acts: "urged that Serbia withdraw"
  asks Serbia, but "urged that the detainees receive medical care" and "called for the watchdog to be
  given more powers" ask whoever is to help or empower them (unnamed here: no object), as "demanded
  that the prisoners be released" already did.
- A subject that receives people ("urged that Canada receive more refugees") hosts them: it is asked.
- After people acted on by a passive or a participle ("a man killed by police on a street"), a place
  noun in an "on" or "at" phrase says where, not whom, as after a direct object naming people."""
from __future__ import annotations

import pytest


def objects(rows, type_: str) -> set:
    return {o for t, _, o in rows if t == type_}


@pytest.mark.parametrize("text, helped", [
    ("Amnesty International urged that the detainees should receive medical care.", "detainees"),
    ("The Red Cross urged that Ahmed Karimi should receive proper treatment in custody.", "Ahmed Karimi"),
    ("The Treasury Select Committee called for the Financial Services Authority to be given a free hand to examine "
     "the banks.", "Financial Services Authority"),
    ("The Senate committee called for the Federal Reserve to be given more powers over banks.", "Federal Reserve"),
    ("Oxfam called for the refugees to be granted asylum in Europe.", "refugees"),
])
def test_the_one_a_demanded_clause_is_done_to_is_not_asked(text, helped, events_named):
    assert helped not in objects(events_named(text), "REQUEST")


@pytest.mark.parametrize("text, event", [
    ("Norway urged that Serbia should withdraw its troops from the border.", ("REQUEST", "Norway", "Serbia")),
    ("Norway called for Serbia to withdraw its troops from the border.", ("REQUEST", "Norway", "Serbia")),
    ("Amnesty International urged Egypt to release the detainees.", ("REQUEST", "Amnesty International", "Egypt")),
    ("The UN urged that Canada should receive more refugees from Syria.", ("REQUEST", "United Nations", "Canada")),
])
def test_a_subject_that_acts_or_hosts_people_is_asked(text, event, events_named):
    found = events_named(text)
    assert event in found, found


@pytest.mark.parametrize("text, place", [
    ("It began with a shooting: an armed teenager killed by officers on a quiet Chicago street.", "Chicago"),
    ("A teenager was shot dead by police officers on a quiet Brooklyn street.", "Brooklyn"),
    ("Two protesters were killed by soldiers at the main square of Bamako.", "Bamako"),
])
def test_a_place_after_people_acted_on_in_a_passive_is_no_object(text, place, events_named):
    rows = events_named(text)
    assert "ASSAULT" in {t for t, _, _ in rows}, rows
    assert place not in objects(rows, "ASSAULT"), rows


@pytest.mark.parametrize("text, event", [
    ("Israeli jets carried out airstrikes on the Zeitoun neighbourhood.", ("ASSAULT", "Israeli Air Force", "Zeitoun")),
    ("Police opened fire on protesters in the square.", ("ASSAULT", "police", "protesters")),
])
def test_places_and_people_fired_on_stay(text, event, events_named):
    found = events_named(text)
    assert event in found, found


@pytest.mark.parametrize("text, event", [
    ("Norway urged that Serbia should draw up a plan to withdraw its troops.", ("REQUEST", "Norway", "Serbia")),
    ("Norway urged that Serbia should have its troops withdrawn from the border.", ("REQUEST", "Norway", "Serbia")),
])
def test_a_particle_verb_or_a_causative_have_is_an_act_asked_for(text, event, events_named):
    found = events_named(text)
    assert event in found, found
