"""A concession said in a that-clause is a speech act, and an agreement held or worked under is a
standing fact, not an act (extract/said_acts.py, called by the keep gate). Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text", [
    "President Vladimir Putin conceded that the reforms had moved more slowly than the Kremlin had hoped.",
    "Chancellor Angela Merkel conceded the coalition talks would be difficult.",
])
def test_a_concession_of_a_fact_is_no_concession(text, analyse_text):
    assert "CONCEDE" not in event_types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Argentina conceded the disputed islands to Britain after the war.",
    "Serbia conceded to Kosovo that the licence plates could stay.",
])
def test_a_concession_made_stays(text, analyse_text):
    assert "CONCEDE" in event_types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Lockheed Martin has a contract with the Polish government to maintain its fighter jets.",
    "Gazprom holds a long-term deal with Ukraine for the transit of gas.",
    # kept to, not made
    "The Ecuadorian government maintains its commitment to the trade pact with Peru.",
    "Ecuador says it will honour its gas contract with Peru.",
])
def test_an_agreement_held_is_no_new_agreement(text, analyse_text):
    assert "AGREE" not in event_types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Lockheed Martin signed a contract with the Polish government to maintain its fighter jets.",
    "Gazprom has reached a long-term deal with Ukraine for the transit of gas.",
    "The Ecuadorian government made a new commitment to Peru on Monday.",
    "Ecuador signed a gas contract with Peru on Monday.",
])
def test_an_agreement_made_stays(text, analyse_text):
    assert "AGREE" in event_types(analyse_text(text))
