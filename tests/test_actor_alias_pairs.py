"""Names that contain a country's name or a word many groups share, and the actors they must not
become (in the style of test_alias_pairs.py; pairs of our own)."""
from __future__ import annotations

import pytest

from newsgraph.resolve.document import key_for_name
from newsgraph.resolve.gazetteer import load_gazetteer

GAZ = load_gazetteer()

DIFFERENT = [
    ("Universal Music Germany", "ORG", "Germany", "GPE"),
    ("Air France", "ORG", "France", "GPE"),
    ("Turkish Airlines", "ORG", "Turkey", "GPE"),
    ("Kenya Airways", "ORG", "Kenya", "GPE"),
    ("Bank of England", "ORG", "United Kingdom", "GPE"),
    ("Ansar al-Sharia", "PERSON", "Ansar Allah", "ORG"),
    ("Ansar al-Sharia", "ORG", "Ansar Bayt al-Maqdis", "ORG"),
    ("Ansar Dine", "ORG", "Houthis", "ORG"),
    ("Jaish al-Adl", "ORG", "Jaish al-Islam", "ORG"),
]


@pytest.mark.parametrize("a, label_a, b, label_b", DIFFERENT)
def test_names_sharing_a_country_or_a_common_word_stay_apart(a, label_a, b, label_b):
    assert key_for_name(a, GAZ, label_a) != key_for_name(b, GAZ, label_b)


@pytest.mark.parametrize("name", ["Ansar al-Sharia", "Movement for Democratic Change", "Jaish al-Adl"])
def test_an_organisation_shaped_name_labelled_person_keys_as_an_organisation(name):
    assert not key_for_name(name, GAZ, "PERSON").startswith("PERSON:")
