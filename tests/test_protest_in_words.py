"""A protest that says something is a complaint in words (extract/construction_types.protest_in_words,
statements.ALLEGING): ACCUSE of the one its clause blames, no PROTEST; a protest in the street stays
PROTEST. Sentences are our own."""
from __future__ import annotations

import pytest


def typed(analysis) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, names.get(e.subject, ""), names.get(e.object, "")) for e in analysis.events}


@pytest.mark.parametrize("text, blamed", [
    ("Several Japanese carmakers protested that the European Commission was favouring local rivals.",
     "European Commission"),
    ("Ryanair protested that Aer Lingus had received illegal state subsidies.", "Aer Lingus"),
    ("Greenpeace protested that Shell was dumping waste at sea.", "Shell"),
])
def test_a_protest_that_says_something_accuses(analyse_text, text, blamed):
    found = typed(analyse_text(text))
    assert any(t == "ACCUSE" and blamed in o for t, _, o in found), found
    assert not any(t == "PROTEST" for t, _, _ in found)


@pytest.mark.parametrize("text", [
    "Dock workers protested outside the port offices against the job cuts.",
    "Thousands of teachers protested in Lisbon on Saturday.",
])
def test_a_protest_in_the_street_stays_a_protest(analyse_text, text):
    assert any(t == "PROTEST" for t, _, _ in typed(analyse_text(text)))
