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


@pytest.mark.parametrize("text, pronoun, expected", [
    # a relative clause without "who": the noun it tells of is the one stabbed, never "he"
    ("Tom Hale was arrested on Monday. The nurse he is accused of attacking is recovering in hospital.", "he",
     "Tom Hale"),
    ("Dana Holt was charged on Friday. The guard she is accused of shooting was named by police.", "she",
     "Dana Holt"),
])
def test_a_subject_pronoun_of_a_relative_clause_is_not_the_noun_it_tells_of(resolved_name, text, pronoun,
                                                                            expected):
    assert resolved_name(text, pronoun) == expected


def test_the_accused_is_the_pronoun_not_the_victim(events_named):
    found = events_named("Tom Hale was arrested on Monday. The nurse he is accused of attacking is recovering "
                         "in hospital.")
    assert any(t == "ACCUSE" and o == "Tom Hale" for t, _, o in found), found


def test_a_pronoun_in_a_clause_under_the_relative_still_takes_its_noun(resolved_name):
    # "who said he ...": "he" stands in a clause below the relative one, and is the man
    text = "The man who said he was attacked by police has filed a complaint."
    assert (resolved_name(text, "he") or "").endswith("man")
