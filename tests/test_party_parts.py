"""A part of a political party, or its followers, does not speak for the party: "Labour
backbenchers opposed the merger", "some in the Tory party urged ...", "Labour
activists accused"; the party's MPs, senators and leaders do ("Tory MPs voted against the plan").
Sentences written for these tests."""
import pytest

PARTIES = ("Labour Party", "Conservative Party", "Democratic Party", "Republican Party", "Liberal Democrats")


@pytest.mark.parametrize("text", [
    "The closure of the hospital sparked an outcry, with Labour backbenchers opposing the plan.",
    "Some in the Tory party are urging the chancellor to cut fuel duty.",
    "The lawsuit against the mayor is being brought by local Labour supporters.",
    "Labour activists accused the council of hiding the report.",
])
def test_a_part_of_a_party_is_not_the_party(events_named, text):
    found = events_named(text)
    assert not any(subject in PARTIES for _, subject, _ in found), found


@pytest.mark.parametrize("text, party", [
    ("Tory MPs rejected the plan to close the hospital in Wrexham.", "Conservative Party"),
    ("Labour leaders attacked the plan to close the hospital in Wrexham.", "Labour Party"),
])
def test_a_partys_members_of_office_speak_for_it(events_named, text, party):
    found = events_named(text)
    assert any(subject == party for _, subject, _ in found), found
