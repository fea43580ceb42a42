"""People and firms told as "other" with a number are people of the story besides those told before
("two other directors agreed settlements", "the other three suspects were arrested", "two other banks were
fined"): a described side, as "two directors" is. "Other" without a number says how many of a kind, not
which ("many other ministers"), and names no side. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, typ, subj, obj", [
    ("Three other ex-Kestrel executives agreed settlements with the regulator.", "AGREE",
     "other ex-Kestrel executives", "regulator"),
    ("The regulator fined two other banks over the rigged rates.", "SANCTION", "regulator", "other banks"),
    ("The other two suspects accused the police of lying.", "ACCUSE", "other two suspects", "police"),
])
def test_counted_others_are_a_side(events_named, text, typ, subj, obj):
    rows = events_named(text)
    assert (typ, subj, obj) in {(t, (s or "").split(" (")[0], (o or "").split(" (")[0]) for t, s, o in rows}, rows


def test_counted_other_firms_are_organisations(analyse_text):
    analysis = analyse_text("The regulator fined two other banks over the rigged rates.")
    assert any(e.name == "other banks" and e.type == "ORGANIZATION" for e in analysis.entities.values())


@pytest.mark.parametrize("text", [
    "Many other ministers criticised the mayor on Monday.",
    "Several other ministers criticised the mayor on Monday.",
])
def test_uncounted_others_are_no_side(events_named, text):
    assert not any(s is not None and "ministers" in s for _, s, _ in events_named(text))
