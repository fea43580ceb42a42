"""A person's phrase that names the body they act for is that body's act when they act: "a spokesman
for X", "the head of X", "officials at X" (extract/spoken_for.py); held, harmed, former or named
beside, they stay themselves. And people of a kind the lexicon names as sides: cops, gangbangers,
hardliners."""
from __future__ import annotations

import pytest


def _subjects(rows, typ):
    return {s for t, s, _o in rows if t == typ}


@pytest.mark.parametrize(("text", "typ", "body"), [
    ("A spokeswoman for the Red Cross accused Myanmar of blocking its convoys.", "ACCUSE", "Red Cross"),
    ("The head of Human Rights Watch condemned Bahrain over the arrests.", "ACCUSE", "Human Rights Watch"),
    ("Officials at the World Bank criticised Argentina for hiding its debts.", "ACCUSE", "World Bank"),
    ("Turkey was criticised by a spokesman for the European Commission.", "ACCUSE", "European Commission"),
])
def test_a_spokesman_head_or_staff_acting_is_their_body(events_named, text, typ, body):
    subjects = _subjects(events_named(text), typ)
    assert any(s and body.lower() in s.lower() for s in subjects), subjects


@pytest.mark.parametrize(("text", "typ", "body"), [
    # the one harmed is the person, not the party
    ("Gunmen shot dead a spokesman for the Awami League in Dhaka.", "ASSAULT", "Awami League"),
    # no longer theirs
    ("A former spokesman for Greenpeace accused Shell of lying.", "ACCUSE", "Greenpeace"),
])
def test_a_spokesman_held_harmed_or_former_is_not_the_body(events_named, text, typ, body):
    rows = {r for r in events_named(text) if r[0] == typ}
    assert rows
    assert not any(s and body.lower() in s.lower() for _t, s, _o in rows), rows
    assert not any(o and body.lower() in o.lower() for _t, _s, o in rows), rows


def test_a_name_beside_the_head_is_who_acts(events_named):
    subjects = _subjects(events_named("The head of Greenpeace, Kumi Naidoo, accused Shell of polluting the Arctic."),
                         "ACCUSE")
    assert any(s and "Naidoo" in s for s in subjects), subjects


@pytest.mark.parametrize(("text", "typ", "side"), [
    ("Cops shot a teenager in the Bronx on Saturday.", "ASSAULT", 1),
    ("The teenager was shot by a cop in Queens.", "ASSAULT", 1),
    ("Gangbangers shot a teenager outside a school in Chicago.", "ASSAULT", 1),
    ("Hardliners accused Rouhani of betraying the revolution.", "ACCUSE", 1),
])
def test_people_of_a_kind_are_sides(events_named, text, typ, side):
    rows = [r for r in events_named(text) if r[0] == typ]
    assert any(r[side] for r in rows), rows


@pytest.mark.parametrize(("text", "typ", "body"), [
    # one of its staff, and what one does in person
    ("An executive at Siemens pleaded guilty to bribing officials in Greece.", "CONCEDE", "Siemens"),
    ("The head of Interpol resigned after the bribery charges.", "RETREAT", "Interpol"),
])
def test_one_person_of_a_body_acting_in_person_is_not_the_body(events_named, text, typ, body):
    rows = {r for r in events_named(text) if r[0] == typ}
    assert not any(s and s.lower().startswith(body.lower()) for _t, s, _o in rows), rows   # not "head of Interpol"


def test_cops_are_the_police(events_named):
    subjects = _subjects(events_named("Cops fired tear gas at the protesters outside the mayor's house."), "ASSAULT") \
        | _subjects(events_named("Cops fired tear gas at the protesters outside the mayor's house."), "COERCE")
    assert any(s and "police" in s.lower() for s in subjects), subjects


def test_a_place_in_what_a_collective_did_is_not_where_it_is(events_named):
    rows = events_named("Militants accused of spying for Iran attacked a checkpoint in Baku.")
    attackers = _subjects(rows, "ASSAULT")
    assert any(s and s.startswith("militants") for s in attackers), attackers
    assert not any(s and "Iran" in s for s in attackers), attackers    # not "militants (Iran)"
