"""Types that a verb's complement decides (extract/construction_types.py): an order to one's own forces is
a deployment; charging someone a sum is a fine, charging them with a crime an accusation; people treated
some way are not cared for. Sentences written for newsgraph."""
from __future__ import annotations

import pytest


def rows(events_named, text: str) -> set[tuple]:
    return {r for r in events_named(text) if r[0] not in ("LEADERSHIP", "AFFILIATION")}


@pytest.mark.parametrize("text, leader", [
    ("Recep Tayyip Erdogan ordered troops to the Syrian border.", "Recep Tayyip Erdogan"),
    ("Vladimir Putin ordered paratroopers into Kazakhstan.", "Vladimir Putin"),
])
def test_forces_ordered_somewhere_are_deployed(events_named, text, leader):
    found = rows(events_named, text)
    assert any(t == "MOBILIZE" and s == leader for t, s, _ in found), found
    assert not any(t == "REQUEST" for t, _, _ in found), found


def test_an_order_to_another_actor_stays_a_request(events_named):
    found = rows(events_named, "The Security Council ordered Ethiopia to withdraw its forces from Eritrea.")
    assert any(t == "REQUEST" and o == "Ethiopia" for t, _, o in found), found
    assert not any(t == "MOBILIZE" for t, _, _ in found), found


@pytest.mark.parametrize("text, fined", [
    ("The European Commission could charge Amazon up to 4% of its global turnover.", "Amazon"),
    ("The European Commission charged Microsoft 497 million euros for abusing its dominance.", "Microsoft"),
])
def test_a_sum_charged_is_a_fine(events_named, text, fined):
    found = rows(events_named, text)
    assert any(t == "SANCTION" and o == fined for t, _, o in found), found
    assert not any(t == "ACCUSE" for t, _, _ in found), found


def test_a_charge_with_a_crime_stays_an_accusation(events_named):
    found = rows(events_named, "French prosecutors charged Carlos Ghosn with embezzlement.")
    assert any(t == "ACCUSE" and o == "Carlos Ghosn" for t, _, o in found), found
    assert not any(t == "SANCTION" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Riot police charged the demonstrators outside the Georgian parliament.",
    "Kenyan soldiers charged the crowd near the polling station.",
])
def test_a_crowd_charged_by_forces_is_an_assault(events_named, text):
    found = rows(events_named, text)
    assert any(t == "ASSAULT" for t, _, _ in found), found
    assert not any(t == "ACCUSE" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Georgian police charged 30 demonstrators with hooliganism.",     # a crime and a count
    "Georgian police charged the protesters over the damage to the parliament.",   # a reason
])
def test_protesters_charged_with_a_crime_are_accused(events_named, text):
    found = rows(events_named, text)
    assert any(t == "ACCUSE" for t, _, _ in found), found
    assert not any(t == "ASSAULT" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Greek coastguards treated the Syrian migrants harshly.",
    "Saudi border guards treated the Ethiopian migrants like criminals.",
])
def test_people_treated_some_way_are_not_aided(events_named, text):
    assert not any(t == "AID" for t, _, _ in rows(events_named, text)), rows(events_named, text)


def test_the_wounded_treated_are_aided(events_named):
    found = rows(events_named, "Doctors Without Borders treated wounded Palestinians in Rafah.")
    assert any(t == "AID" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Hezbollah called the Israeli air strike on Beirut a massacre.",
    "Iran called the American strike on Baghdad airport an act of terrorism.",
])
def test_a_strike_named_by_its_critic_is_no_walkout(events_named, text):
    found = rows(events_named, text)
    assert not any(t in ("PROTEST", "REQUEST") for t, _, _ in found), found


def test_a_strike_on_a_target_is_an_attack(events_named):
    found = rows(events_named, "Hezbollah called the Israeli strike on Beirut a massacre.")
    assert any(t == "ASSAULT" and s == "Israel" for t, s, _ in found), found


@pytest.mark.parametrize("text", [
    "Argentine unions called a general strike against Milei's reforms.",
    # a strike "on" a network or a firm is a walkout there
    "The RMT union called a strike on the London Underground.",
])
def test_a_strike_called_by_workers_stays_a_walkout(events_named, text):
    found = rows(events_named, text)
    assert any(t == "PROTEST" for t, _, _ in found) and not any(t == "ASSAULT" for t, _, _ in found), found
