"""A definite description of a person ("the 33-year-old", "the singer", "the former sprinter") refers
to the person named before (resolve/described_people.py): by age when the text gives one, else the one
named person, or the one subject, of the nearest sentence holding named people. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word, expected", [
    # the one person of the sentence before
    ("Sprinter Dana Okoro lodged an appeal on Monday. The 27-year-old accused the federation of bias.",
     "old", "Dana Okoro"),
    ("Rock singer Paulo Brandt arrived at the court in Lisbon. The singer accused the prosecutors of lying.",
     "singer", "Paulo Brandt"),
    # an age as the object of a verb
    ("Police arrested Dana Okoro in Lagos on Monday. Prosecutors later charged the 27-year-old with fraud.",
     "old", "Dana Okoro"),
    # the subject of the nearest sentence holding two people
    ("Tomas Berg beat Ivan Roslov in the final on Sunday. The former champion criticised the organisers.",
     "champion", "Tomas Berg"),
    # never the subject of the clause the description stands in, whose own words tell of it
    ("Coach Marta Lind named Dana Okoro in the squad. Lind says the 27-year-old should lead the team.",
     "old", "Dana Okoro"),
    # an owner inside that subject may be meant
    ("Paulo Brandt's body was found at a hotel in Lisbon, where the singer had been recording.",
     "singer", "Paulo Brandt"),
    # the age the text gives decides, over the nearer subject
    ("Luis Ferro, 34, was injured on Saturday. Coach Marta Lind said the team would miss him. "
     "The 34-year-old blamed the pitch.", "old", "Luis Ferro"),
])
def test_a_description_of_a_person_is_the_person_named_before(resolved_name, text, word, expected):
    assert resolved_name(text, word) == expected


@pytest.mark.parametrize("text, word", [
    # two people and no one subject: either could be meant
    ("Police questioned Anna Weiss and Tomas Berg on Monday. The 41-year-old denied the charges.", "old"),
    # a modifier says which one, by something not checked
    ("Tomas Berg beat Ivan Roslov in the final on Sunday. The Swedish champion criticised the organisers.",
     "champion"),
    # a phrase after the noun says which one ("the star of the drama" as "the drama's star"): the nearest
    # subject, a witness who spoke of him, is no better a guess
    ("Singer Paulo Brandt went on trial in Lisbon. Pathologist Ana Reis told the court the wound may have come from Brandt's knife. "
     "The former star of the comedy series has denied assault.", "star"),
    ("Marta Lind spoke to reporters about Dana Okoro on Monday. The 27-year-old from Lagos denied fraud.",
     "old"),
    # the age given is someone else's
    ("Luis Ferro, 34, was injured on Saturday. The 22-year-old blamed the pitch.", "old"),
    # no one named within reach
    ("The stadium was half empty. Fans left early. Tickets cost too much. Rain fell all day. "
     "The 22-year-old blamed the pitch.", "old"),
])
def test_a_description_that_names_no_one_we_can_tell_stays_unresolved(resolved_name, text, word):
    assert resolved_name(text, word) is None


def test_a_described_person_introduced_without_a_name_stays_unnamed(resolved_name):
    text = ("Paulo Brandt opened the festival on Friday. A singer from Porto was arrested after the show. "
            "The singer denied the charges.")
    assert resolved_name(text, "singer") != "Paulo Brandt"


def test_the_description_gives_its_event_the_named_person(events_named):
    found = events_named("Sprinter Dana Okoro lodged an appeal on Monday. "
                         "The 27-year-old has accused Ivan Roslov of lying.")
    assert any(t == "ACCUSE" and subject.endswith("Dana Okoro") for t, subject, _ in found)
