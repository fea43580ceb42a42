"""A counted few of a country's people ("two Germans", "several Americans", "hundreds of Iraqis")
are a group of people with their country, not the country's state; one national is a person and
the people as a whole or a state's forces keep standing for the state. Sentences written for these
tests."""
import pytest


@pytest.mark.parametrize("text, side, group", [
    ("Armed tribesmen kidnapped two Germans near the port of Aden on Sunday.", "object", "Germans (Germany)"),
    ("Several Americans were detained by Iranian border guards last week.", "object",
     "Americans (United States)"),
    ("Three Israelis were stabbed by an attacker near the bus station.", "object", "Israelis (Israel)"),
    ("Two Palestinians attacked a soldier at the checkpoint near Hebron.", "subject", "Palestinians (Palestine)"),
])
def test_counted_nationals_are_people_of_their_country(events_named, text, side, group):
    found = events_named(text)
    index = 1 if side == "subject" else 2
    assert any(row[index] == group for row in found), found


@pytest.mark.parametrize("text, state", [
    ("German troops attacked the village near Kunduz.", "Germany"),
    ("Israel accused Iran of arming the militants.", "Israel"),
])
def test_a_states_forces_and_name_are_not_counted_nationals(events_named, text, state):
    found = events_named(text)
    assert not any("(" in str(side) for row in found for side in row[1:3]), found
    assert any(state in str(side) or "Bundeswehr" in str(side) for row in found for side in row[1:3]), found


def test_one_national_stays_a_person(events_named):
    found = events_named("A German was kidnapped by gunmen near the port of Aden.")
    assert not any(row[2] in ("Germany", "Germans (Germany)") for row in found), found
