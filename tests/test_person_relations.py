"""People named by how they stand to a person before them ("his employers", "her family", "Hale's
colleagues") are a side of their own, never that person (extract/person_relations.py). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, side", [
    ("Tom Hale was a respected trader at the bank, but was sacked and sued by his employers for fraud last year.",
     "Tom Hale", "his employers"),
    ("Nadia Okafor was detained in March. Her family accused the police of torture.", "Nadia Okafor", "Her family"),
    ("Peter Lund was arrested in Oslo. Lund's colleagues criticised the prosecutors.", "Peter Lund",
     "Lund's colleagues"),
    ("Tom Hale died in May. The Hale family sued the hospital over his death.", "Tom Hale", "Hale family"),
])
def test_a_persons_relations_act_in_their_own_name(events_named, text, person, side):
    found = {(s, o) for t, s, o in events_named(text) if t in ("ACCUSE", "SANCTION")}
    assert found and not any(s == person for s, _ in found), found
    assert any(s and s.lower() == side.lower() for s, _ in found), found


def test_a_persons_own_words_still_his(events_named):
    found = {s for t, s, o in events_named("Tom Hale was arrested in May. Hale accused the police of lying.")
             if t == "ACCUSE"}
    assert "Tom Hale" in found, found
