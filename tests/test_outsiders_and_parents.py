"""Sides named by description: a club's or a firm's outsiders acted on are a group of their own
("clashed with Millwall fans"), parents are people of the story. Sentences are our own."""
from __future__ import annotations

import pytest


def test_outsiders_of_a_name_acted_on_are_their_own_group(events_named):
    found = events_named("Riot police clashed with Leyton Orient fans outside the ground in London on Saturday.")
    assert any(t == "ASSAULT" and o and o.endswith("fans") for t, _, o in found), found


def test_outsiders_of_a_name_as_subjects_are_left_out(events_named):
    found = events_named("Leyton Orient fans criticised Martin Ling after the defeat in London.")
    assert not any(s and "fans" in s for _, s, _ in found), found


@pytest.mark.parametrize("text, owner", [
    # those a firm owes, buys from or is funded by are not the firm
    ("Northern Air's creditors accused Jet Finance of hiding its losses.", "Northern Air"),
    ("Ford's suppliers have criticised the union for the strike at the Dagenham plant.", "Ford"),
    ("The Labour Party's donors accused Jane Smith of wasting their money.", "Labour Party"),
    ("Delta Steel's bondholders sued the company's auditors.", "Delta Steel"),
])
def test_creditors_suppliers_and_donors_of_a_name_are_not_it(events_named, text, owner):
    found = events_named(text)
    assert not any(s and owner in s and t in ("AID", "ACCUSE") for t, s, _ in found), found


def test_a_firms_own_staff_still_stand_for_it(events_named):
    found = events_named("Ford's managers have criticised the union for the strike at the Dagenham plant.")
    assert any(t == "ACCUSE" and s == "Ford" for t, s, _ in found), found


def test_parents_are_a_described_side(events_named):
    found = events_named("The parents of the dead girl accused Lakeside Academy of negligence.")
    assert any(t == "ACCUSE" and s and s.startswith("parents") and o == "Lakeside Academy" for t, s, o in found), found
