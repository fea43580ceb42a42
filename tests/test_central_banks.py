"""A country's central bank is a state body of that country, not a firm (resolve/central_banks.py):
named ("the Ghanaian central bank", "the Reserve Bank of Fiji", "the Bank of Uganda"), described ("the
central bank of Peru") or told of bare after its name ("the Federal Reserve ... the central bank").
Sentences of our own."""
from __future__ import annotations

import pytest


def subjects(analysis, event_type: str) -> list:
    return [analysis.entities.get(e.subject) for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize(("text", "event_type", "country"), [
    ("The Ghanaian central bank froze the accounts of Zenith Bank on Tuesday.", "COERCE", "GHA"),
    ("The Reserve Bank of Fiji fined Westpac for breaching lending rules.", "SANCTION", "FJI"),
    ("The Bank of Uganda fined Stanbic Bank for breaching lending rules.", "SANCTION", "UGA"),
    ("The central bank of Peru froze the accounts of a mining firm on Tuesday.", "COERCE", "PER"),
])
def test_a_central_bank_is_a_state_body_of_its_country(analyse_text, text, event_type, country):
    found = subjects(analyse_text(text), event_type)
    assert found and all(e is not None and e.type == "GOVERNMENT" and e.country == country for e in found), found


def test_a_commercial_bank_named_after_a_place_stays_a_firm(analyse_text):
    found = subjects(analyse_text("Bank of America fined a former trader for breaching its rules."), "SANCTION")
    assert found and all(e is not None and e.type == "ORGANIZATION" for e in found), found


def test_the_central_bank_after_its_name_is_that_bank(analyse_text):
    analysis = analyse_text("The Federal Reserve fined Citigroup on Monday. The central bank accused the firm of "
                            "misleading investors.")
    named = [e for e in analysis.entities.values() if e.name == "Federal Reserve"]
    found = [e.subject for e in analysis.events if e.type == "ACCUSE"]
    assert named and found and all(k == named[0].key for k in found), (named, found)
