"""Sides news names by a count and a kind, and pronouns that go on being acted on. Firms of a kind
counted by a number ("nine food suppliers", "two banks") are firms of the story, a described group,
where no kind of firm stands for them; firms already told ("the two banks") stay unresolved.
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, typ, obj", [
    ("Prosecutors charged seven grain suppliers with bribery.", "ACCUSE", "grain suppliers"),
    ("Regulators fined three lenders over the loan scandal.", "SANCTION", "lenders"),
    ("Police arrested four suppliers of the retailer in Lyon.", "COERCE", "suppliers of the retailer"),
])
def test_counted_firms_are_a_described_side(events_named, text, typ, obj):
    assert any(t == typ and o == obj for t, _, o in events_named(text))


def test_counted_firms_are_organisations(analyse_text):
    analysis = analyse_text("Prosecutors charged seven grain suppliers with bribery.")
    assert any(e.name == "grain suppliers" and e.type == "ORGANIZATION" for e in analysis.entities.values())


@pytest.mark.parametrize("text", [
    "Ortex and Velmar were fined. The regulator fined the two lenders again in May.",
    "The regulator fined these three lenders in May.",
])
def test_firms_already_told_are_no_new_group(events_named, text):
    assert not any(o == "lenders" for _, _, o in events_named(text))


def test_a_counted_casualty_stays_people(events_named):
    assert any(t == "ASSAULT" and o == "people" for t, _, o in events_named("Raiders killed eleven people near Jos."))
