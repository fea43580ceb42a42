"""An object pronoun never refers to the subject of its own clause, also where that clause has no
subject of its own and takes the one above: a gerund after a preposition ("was charged after stabbing
him") and a verb the parser hangs on the verb before it (resolve/clause_subjects.py). Sentences are
our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun, expected", [
    ("Tom Reed met Alan Price at the club on Friday. Reed was arrested after punching him.", "him",
     "Alan Price"),
    ("Ann Lowe sold Mary Hart a car. Police say Lowe phoned Hart twice and arranged to meet her, then "
     "shot her in the head.", "her", "Mary Hart"),
    ("Carl Moss worked for Dan Hill for years. Moss was jailed for attacking him in 2003.", "him", "Dan Hill"),
])
def test_an_object_pronoun_skips_the_subject_its_clause_takes(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


def test_with_only_the_subject_to_take_the_pronoun_stays_open(resolved_name):
    assert resolved_name("Jones was charged after stabbing him outside a bar.", "him") is None


def test_a_subject_pronoun_in_such_a_clause_still_takes_the_subject(resolved_name):
    # "after he punched": a clause with a subject of its own, the one above
    text = "Tom Reed said Alan Price had lied. Reed was arrested after he punched a guard."
    assert resolved_name(text, "he") == "Tom Reed"
