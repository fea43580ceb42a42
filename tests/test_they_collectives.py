"""What "they" refers to after unnamed people (resolve/they_pronouns.py): a subject "they" takes a
civil collective that was the subject before ("Striking workers blocked the port. They accused ..."),
also one counted ("Thousands of farmers"); a passive "they" after a sentence whose actor acted on a
plural is that plural, and no one when that plural is no actor. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Striking workers blocked the port of Antwerp on Monday. They accused the port authority of lying.",
     "workers"),
    ("Thousands of farmers marched through Lyon on Tuesday. They demanded talks with the agriculture minister.",
     "farmers"),
])
def test_a_subject_they_is_the_civil_collective_before(resolved_name, text, expected):
    assert expected in (resolved_name(text, "they") or "")


def test_the_collective_gives_the_pronouns_event_its_actor(events_named):
    found = events_named("Striking workers blocked the port of Antwerp on Monday. "
                         "They accused Vandrel Shipping of breaking its promises.")
    assert any(t == "ACCUSE" and "workers" in (s or "") and o == "Vandrel Shipping" for t, s, o in found)


def test_an_object_them_does_not_take_a_collective(resolved_name):
    text = "Some 2,000 scientists sent letters to the Ortex and Velmar boards urging them to drop the plan."
    assert "scientists" not in (resolved_name(text, "them") or "")


def test_a_passive_they_goes_on_being_the_people_acted_on(resolved_name):
    text = "Police arrested 20 students in Lagos on Monday. They were charged with rioting."
    assert "students" in (resolved_name(text, "they") or "")


def test_a_passive_they_after_things_acted_on_is_no_actor(resolved_name):
    text = "Troops seized several documents in Mosul. They were sent to a laboratory in Baghdad."
    assert resolved_name(text, "they") is None


@pytest.mark.parametrize("text", [
    "Reuters reported that the Indian Navy claims they have captured 23 pirates off Somalia.",
    "The Indian Navy said on Monday that they had captured 23 pirates off Somalia.",
])
def test_a_named_force_is_the_they_of_the_clause_it_speaks(resolved_name, text):
    assert (resolved_name(text, "they") or "").lower() == "indian navy"


def test_a_passive_they_of_a_clause_under_the_collective_is_that_collective(resolved_name):
    text = "The students marched to the education ministry before they were dispersed by riot police."
    assert "students" in (resolved_name(text, "they") or "")


def test_a_passive_they_of_its_own_sentence_is_not_the_collective_that_acted(resolved_name):
    text = ("Jurors in Leeds recommended that the brothers serve five years in prison. "
            "They were convicted under a law that bars fraud.")
    assert "jurors" not in (resolved_name(text, "they") or "").lower()


def test_the_collective_is_acted_on_by_the_agent(events_named):
    found = events_named("The students marched to the education ministry before they were dispersed by riot police.")
    # dispersed with no force told: COERCE (construction_types.dispersed_without_force)
    assert any(t == "COERCE" and s == "riot police" and "students" in (o or "") for t, s, o in found)


@pytest.mark.parametrize("text, expected", [
    # the parser may make no subject of the people; the banks and shops still are no "they" who is dispersed
    ("The protesters in Volos targeted shops and banks in the city center before they were dispersed by the riot "
     "police.", "protesters"),
    ("Students smashed the windows of two banks in Lyon before they were arrested by police.", "students"),
])
def test_a_passive_only_people_undergo_takes_people_not_the_things_before(resolved_name, text, expected):
    assert expected in (resolved_name(text, "they") or "").lower()


def test_a_passive_that_things_undergo_may_still_take_the_things(resolved_name):
    text = "Police raided two banks in Milan on Monday. They were closed by the regulator."
    assert "banks" in (resolved_name(text, "they") or "").lower()
