"""A participle used as an adjective right after a preposition ("founded by assassinated former president
X") has no doer in its sentence: the noun its phrase hangs on is not the killer (extract/stranded_participles.py,
session 45). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "victim", "not_doer"), [
    ("The museum, built by assassinated former president Juan Ortega, reopened on Monday.", "Juan Ortega", "museum"),
    ("Shares in Norsk Air, the airline founded by assassinated former minister Lars Berg, fell 5% on Monday.",
     "Lars Berg", "airline"),
])
def test_a_participle_after_a_preposition_has_no_doer_from_the_phrase_above(events_named, text, victim, not_doer):
    found = [e for e in events_named(text) if e[0] == "ASSAULT"]
    assert any(o and victim in o for _, _, o in found), found
    assert not any(s and not_doer in s.lower() for _, s, _ in found), found


def test_a_verb_with_its_own_subject_after_a_clause_keeps_it(events_named):
    found = events_named("Rebels attacked the convoy near Goma and killed two soldiers on Monday.")
    assert any(t == "ASSAULT" and s and s.lower() == "rebels" for t, s, _ in found), found
