"""Contacts that are no consultation (extract/idle_contacts.py, through idle_acts.idle): a visit to a
town or site resolved to no state, and talk with the police at a scene. Sentences of our own; each
dropped event is checked to be made with the rules off, and consultations the rules must leave are
checked kept."""
from __future__ import annotations

import pytest

from newsgraph.extract import idle_acts


def consults(analysis) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.trigger, names.get(e.object, "-")) for e in analysis.events if e.type == "CONSULT"}


@pytest.fixture()
def without_rules(analyse_without):
    return lambda text: analyse_without(text, (idle_acts, "idle_contact", lambda event, trigger, res: None))


@pytest.mark.parametrize("text, contact", [
    # a campaign tour of towns, a town the recogniser takes for a person
    ("The opposition leader Jane Ashdown visits Manchester and Shrewsbury this week to rally activists.",
     ("visits", "Manchester")),
    # police questioning a man at a scene
    ("When two police officers approached to speak with the driver, he drove off at speed.", ("speak", "driver")),
    # a state's body sitting alone, or a body named as a committee
    ("The city council will meet next week to decide whether to approve the new tram plan.", ("meet", "-")),
    ("Cabinet ministers held their final meeting before the summer recess.", ("meeting", "-")),
    ("The IAAF council will meet in Monaco next month.", ("meet", "-")),
    # an audience of people named by no name and no office
    ("Governor Tom Reed talked to 100 teenagers in the Highlands.", ("talked", "teenagers")),
])
def test_contacts_that_are_no_consultation_are_dropped(text, contact, analyse_text, without_rules):
    assert contact in consults(without_rules(text))
    assert contact not in consults(analyse_text(text))


@pytest.mark.parametrize("text, contact", [
    # a visit to a country, or to a capital standing for its state
    ("The German chancellor began a three-day visit to Beijing on Monday.", ("visit", "China")),
    # a capital stands for its state, even where it resolved to no actor of the gazetteer
    ("The Austrian chancellor visited Kyiv on Friday.", ("visited", "Kyiv")),
    ("The Foreign Secretary is visiting Kenya and Tanzania this week.", ("visiting", "Kenya")),
    # talks between leaders
    ("The prime minister spoke to President Vladimir Putin by telephone on Sunday.", ("spoke", "Vladimir Putin")),
    # talking to people named by their office or their body, not a crowd
    ("Governor Tom Reed talked to union leaders about the pay offer.", ("talked", "union leaders")),
    ("Governor Tom Reed spoke to the Iranian foreign minister on Tuesday.", ("spoke", "Foreign minister of Iran")),
    # a body meeting another, and members of a union of states meeting each other
    ("The city council will meet the transport minister next week to discuss the tram plan.",
     ("meet", "transport minister")),
    ("European Union finance ministers meet on Thursday to discuss a tax on jet fuel.", ("meet", "-")),
])
def test_visits_to_states_and_talks_stay(text, contact, analyse_text):
    assert contact in consults(analyse_text(text))
