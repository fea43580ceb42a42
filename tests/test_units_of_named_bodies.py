"""Session 50 (objects50) titles and leading verbs over a unit of a body: the unit's head is staff of the
body that owns it (AFFILIATION), not the leader of the unit as a body of its own nor of its owner. A named unit
owned by another body ("deputy director of the Bank's Statistics Department"), a unit named between the owner's
possessive and the title ("the Senate's Press Office chief"), and a business of a firm described by its place
("runs Nestle's Mexican business")."""
from __future__ import annotations


def rows(events) -> set[tuple]:
    return {e[:3] for e in events}


def test_a_named_unit_owned_by_a_body_gives_the_owner(events_named):
    found = rows(events_named("Oliver Grant, deputy director of the World Bank's Statistics Department, "
                              "said the figures were late."))
    assert ("AFFILIATION", "Oliver Grant", "World Bank") in found
    assert not any("Department" in (e[2] or "") for e in found)
    found = rows(events_named("Helen Marsh, the director of the UN's Political Affairs Department, said prices rose."))
    assert ("AFFILIATION", "Helen Marsh", "United Nations") in found
    assert not any(e[0] == "LEADERSHIP" for e in found)


def test_a_state_owned_or_unit_less_name_is_left_alone(events_named):
    found = rows(events_named("Oliver Grant, director of the World Food Programme, said aid was late."))
    assert ("LEADERSHIP", "Oliver Grant", "World Food Programme") in found
    found = rows(events_named("Ariel Sharon, Israel's Prime Minister, said the talks failed."))
    assert ("LEADERSHIP", "Ariel Sharon", "Israel") in found


def test_a_unit_between_the_owner_and_the_title_is_staff(events_named):
    found = rows(events_named("A note from Greenpeace's Press Office chief Anna Vogel said the ship had left."))
    assert ("AFFILIATION", "Anna Vogel", "Greenpeace") in found
    assert ("LEADERSHIP", "Anna Vogel", "Greenpeace") not in found
    found = rows(events_named("Greenpeace chief Anna Vogel said the ship had left."))
    assert ("LEADERSHIP", "Anna Vogel", "Greenpeace") in found


def test_a_firm_business_described_by_its_place_is_membership_of_the_firm(events_named):
    found = rows(events_named("Maria Lopes runs Nestle's Mexican business."))
    assert ("AFFILIATION", "Maria Lopes", "Nestle") in found
    assert not any(e[0] == "LEADERSHIP" for e in found)


def test_a_part_known_as_a_body_of_its_own_is_still_led(events_named):
    found = rows(events_named("Sami Nur heads Hamas's military wing."))
    assert not any(e[2] == "Hamas" for e in found)
