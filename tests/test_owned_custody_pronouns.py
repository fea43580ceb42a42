"""A custody or violence noun owned by a pronoun that coreference makes a named person names that
person's undergoing ("X ... following his arrest": extract/undergoing_owners.py), unless the clause
blames its own subject ("X pleaded guilty to her murder"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, etype, patient", [
    ("Jonas Berg was released on bail on Monday after his arrest in Oslo.", "COERCE", "Jonas Berg"),
    ("Anna Kovacs wrote about the war for years. Her murder in 2006 was never solved.", "ASSAULT", "Kovacs"),
    ("Mikhail Petrov is on trial for fraud following his arrest in October.", "COERCE", "Petrov"),
])
def test_a_pronoun_owner_named_by_the_story_undergoes(analyse_text, text, etype, patient):
    assert any(obj and patient in obj for _, obj in named_sides(analyse_text(text), etype))


@pytest.mark.parametrize("text", [
    "Peter Hall was charged with his killing on Friday.",
    "Peter Hall, 31, pleaded guilty to her murder in Leeds.",
])
def test_the_blamed_subject_is_no_owner_undergoing(analyse_text, text):
    assert not any(obj and "Hall" in obj for _, obj in named_sides(analyse_text(text), "ASSAULT"))


def test_a_noun_headed_fragment_has_no_governing_verb():
    # "Tributes to Mr Smith after his arrest." -- a headline with no verb: the climb stops at its root
    from handbuilt import build
    from newsgraph.extract.undergoing_owners import governing

    doc = build("""
        Tributes  tribute  NOUN  NNS 0 ROOT
        to        to       ADP   IN  0 prep
        Mr        Mr       PROPN NNP 3 compound PERSON
        Smith     Smith    PROPN NNP 1 pobj     +
        after     after    ADP   IN  0 prep
        his       his      PRON  PRP$ 6 poss
        arrest    arrest   NOUN  NN  4 pobj
        .         .        PUNCT .   0 punct
    """)
    assert governing(doc[6]) == (None, None)
