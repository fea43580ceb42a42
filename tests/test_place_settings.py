"""A city or region compounded with an attack or protest noun is where it happened, not its doer
(extract/place_settings.py). Sentences are our own."""
from __future__ import annotations

import pytest


def sides(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


@pytest.mark.parametrize(("text", "etype", "place"), [
    ("The Baghdad attacks killed 40 shoppers and two policemen last spring.", "ASSAULT", "baghdad"),
    ("The Peshawar bombing of a crowded market wounded 60 traders.", "ASSAULT", "peshawar"),
    ("Riot police broke up the Paris protest against the Interior Minister Gerald Darmanin.", "PROTEST", "paris"),
    ("Tens of thousands joined the Barcelona rally against Prime Minister Pedro Sanchez.", "PROTEST", "barcelona"),
])
def test_a_town_is_not_the_doer_of_what_happened_in_it(text, etype, place, analyse_text):
    found = sides(analyse_text(text), etype)
    assert not any(s and place in s for s, _ in found), found


def test_a_country_so_compounded_is_its_state(analyse_text):
    found = sides(analyse_text("A US strike on a Syrian airbase destroyed six jets, the Pentagon said."), "ASSAULT")
    assert any(s and "united states" in s for s, _ in found), found


def test_an_adjective_of_nationality_still_names_the_doer(analyse_text):
    found = sides(analyse_text("Israeli strikes killed ten people in Khan Younis on Monday."), "ASSAULT")
    assert any(s and "israel" in s for s, _ in found), found
