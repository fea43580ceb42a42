"""Members of a named group stand for it ("Anti-balaka militiamen", "MS-13 members", "militiamen
of the Houthi movement"); "Riot police" opening a sentence is no person named Riot. Sentences are
our own."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def sides(events_named):
    return events_named


@pytest.mark.parametrize("text, subject", [
    ("Anti-balaka militiamen killed 12 civilians in Bangui.", "Anti-balaka"),
    ("Hezbollah militiamen fired rockets at an army post.", "Hezbollah"),
    ("MS-13 members shot two shopkeepers in San Salvador.", "MS-13"),
    ("The militiamen of the Houthi movement seized a cargo ship.", "Houthis"),
])
def test_members_of_a_named_group_stand_for_it(sides, text, subject):
    assert subject in {s for _, s, _ in sides(text)}


def test_one_militiaman_is_one_described_person(sides):
    assert any(s == "militiaman" and o == "farmer" for _, s, o in sides("A militiaman shot a farmer near Goma."))


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at protesters in Nairobi.",
    "Border guards shot a smuggler near the crossing.",
])
def test_kind_of_force_opening_a_sentence_is_no_name(sides, text):
    subjects = {s for _, s, _ in sides(text)}
    assert subjects and not subjects & {"Riot", "Border"}


def test_a_country_before_its_police_is_still_the_country(sides):
    assert any(s == "Kenya" for _, s, _ in sides("Kenya police arrested two suspects in Mombasa."))
