"""A country's adjective before a thing or a community places it ("British TV", "the Pakistani
community", "a Thai trawler"): the thing is the side, not the state; forces and governments keep
their country. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("The novelist criticised British television for its timid dramas.", "United Kingdom"),
    ("Officials condemned Italian media over the leaked recordings.", "Italy"),
    ("Pirates seized a Spanish trawler off the coast of Somalia.", "Spain"),
    ("Gunmen hijacked a Greek yacht off the coast on Sunday.", "Greece"),
    ("Officials said a Nigerian ferry was attacked by gunmen on the river.", "Nigeria"),
])
def test_a_thing_a_country_adjective_places_is_not_the_state(events_named, text, country):
    found = events_named(text)
    assert found, text
    assert all(country not in (subject, obj) for _, subject, obj in found)


@pytest.mark.parametrize("text, country", [
    ("Turkish troops attacked the village at dawn.", "Turk"),
    ("The Kenyan government condemned the bombing of the market.", "Kenya"),
])
def test_forces_and_governments_keep_their_country(events_named, text, country):
    assert any(country in str(subject) for _, subject, _ in events_named(text))


def test_a_merchant_ship_stands_for_its_flag_state(events_named):
    assert any(obj == "Denmark" for _, _, obj in events_named("Iranian forces seized a Danish tanker in the Gulf."))
