"""Sides named by description: a club's or a firm's outsiders acted on are a group of their own
("clashed with Millwall fans"), parents are people of the story. Sentences are our own."""
from __future__ import annotations


def test_outsiders_of_a_name_acted_on_are_their_own_group(events_named):
    found = events_named("Riot police clashed with Leyton Orient fans outside the ground in London on Saturday.")
    assert any(t == "ASSAULT" and o and o.endswith("fans") for t, _, o in found), found


def test_outsiders_of_a_name_as_subjects_are_left_out(events_named):
    found = events_named("Leyton Orient fans criticised Martin Ling after the defeat in London.")
    assert not any(s and "fans" in s for _, s, _ in found), found


def test_parents_are_a_described_side(events_named):
    found = events_named("The parents of the dead girl accused Lakeside Academy of negligence.")
    assert any(t == "ACCUSE" and s and s.startswith("parents") and o == "Lakeside Academy" for t, s, o in found), found
