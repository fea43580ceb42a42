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


@pytest.mark.parametrize("text, kind", [
    # a part of a party is not the party, but still a kind of people who act ("councillors", "activists")
    ("Tory councillors accused the council of wasting money on the new offices.", "councillors"),
    ("Liberal Democrat councillors rejected the budget for the new offices.", "councillors"),
    ("Labour activists accused the council of hiding the report.", "activists"),
])
def test_a_part_of_a_party_stays_a_kind_of_people(events_named, text, kind):
    found = events_named(text)
    assert any(subject == kind for _, subject, _ in found), found


def test_a_partys_rebels_are_no_armed_group(analyse_text):
    analysis = analyse_text("Labour rebels voted against the plan to close the hospital in Wrexham.")
    assert not any(analysis.entities[e.subject].type == "ARMED_GROUP"
                   for e in analysis.events if e.subject in analysis.entities)
