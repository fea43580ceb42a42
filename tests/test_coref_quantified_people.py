"""A phrase that names no one in particular ("every possible suspect", "each prisoner", "no player") is
no antecedent of a later "he" or "she" (resolve/coref.py). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun", [
    ("Police said every possible suspect was questioned. Officers later found her body in a car.", "her"),
    ("Every player must sign the form. Later he said the rules were fair.", "he"),
])
def test_a_quantified_phrase_is_no_antecedent(resolved_name, text, pronoun):
    assert resolved_name(text, pronoun) is None


def test_the_person_named_beside_it_still_is(resolved_name):
    assert resolved_name("Each prisoner met Tom Hale. Later he said the rules were fair.", "he") == "Tom Hale"
