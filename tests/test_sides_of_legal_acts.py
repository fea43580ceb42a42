"""Who the sides of acts of law are: the body announcing a passive arrest ("were arrested", "are under
arrest") with no doer named is its doer; a leader or members of a body arrested or charged are those persons, not the body;
counted people and a firm's people are sides by description. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, doer", [
    ("Police in Lisbon said 12 people were arrested after the march on Sunday.", "police"),
    ("Three activists were detained in Harare on Friday, Zimbabwean police said.", "police"),
    ("Two teenagers are under arrest after the riot in Lyon, French police said on Sunday.", "police"),
])
def test_the_body_announcing_a_passive_arrest_made_it(events_named, text, doer):
    found = events_named(text)
    subjects = [s for t, s, _ in found if t == "COERCE"]
    assert subjects and all(s and doer in s.lower() for s in subjects), found


@pytest.mark.parametrize("text", [
    "Police said the man was arrested by soldiers at a checkpoint near Gao.",     # a doer of its own
    "Amnesty International said 30 activists were detained in Minsk on Monday.",   # no enforcing body
    "Police said the man was jailed for life in 2009.",                             # what a court does
    "Two teenagers are under arrest after the riot in Lyon, the mayor of Lyon said.",  # no enforcing body
])
def test_other_bodies_and_other_acts_keep_their_own_doer(events_named, text):
    found = events_named(text)
    assert not any(s and s.lower() == "police" for t, s, _ in found if t in ("COERCE", "SANCTION")), found


@pytest.mark.parametrize("text", [
    # a state body other than police or forces reports the arrest; which body made it is unsaid
    "The Egyptian Interior Ministry said four suspects were detained near the border on Friday.",
    "A suspect has been arrested in the killing of a deputy in Texas, authorities said.",
])
def test_authorities_reporting_an_arrest_are_not_its_doer(events_named, text):
    found = events_named(text)
    assert all(s is None for t, s, _ in found if t == "COERCE"), found


@pytest.mark.parametrize("text, person", [
    ("The leader of the Green Party was arrested by police in Lyon on Tuesday.", "leader of the Green Party"),
    ("A member of the Green Party was arrested by police in Lyon on Tuesday.", "member of the Green Party"),
])
def test_a_body_s_people_held_in_law_are_those_people(events_named, text, person):
    objects = {o for t, _, o in events_named(text) if t == "COERCE"}
    assert objects == {person}, objects


def test_many_members_held_stand_for_their_body(events_named):
    found = events_named("Police in Lagos detained 30 members of the Green Party on Friday.")
    assert any(t == "COERCE" and o == "Green Party" for t, _, o in found), found


def test_a_body_s_leader_elsewhere_still_stands_for_it(events_named):
    found = events_named("The leader of Hezbollah was killed in an Israeli strike in Beirut on Friday.")
    assert ("ASSAULT", "Israel", "Hezbollah") in found, found


def test_counted_people_arrested_are_the_object(events_named):
    found = events_named("Turkish police arrested 45 people in Izmir on Saturday.")
    assert [o for t, _, o in found if t == "COERCE"] == ["people"], found


def test_people_of_a_firm_keep_its_name(events_named):
    found = events_named("Three managers from Hyundai Motor were charged with bribery by prosecutors in Seoul.")
    assert any(t == "ACCUSE" and o == "Three managers from Hyundai Motor" for t, _, o in found), found


def test_counted_people_only_are_a_group(events_named):
    found = events_named("The mayor promised to help these people after the floods in Porto.")
    assert not any(o == "people" for _, _, o in found), found


def test_officials_of_no_named_body_are_not_the_arresters(events_named):
    found = events_named("Officials at the Lakeside School in Ohio said the teacher was arrested on Monday.")
    assert ("COERCE", None, "teacher") in found, found


def test_a_raised_passive_infinitive_acts_on_its_raised_subject(events_named):
    found = events_named("The journalist is believed to have been abducted by gunmen in Sanaa.")
    assert any(t == "ASSAULT" and o == "journalist" and s != "journalist" for t, s, o in found), found
