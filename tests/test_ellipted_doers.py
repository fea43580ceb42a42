"""An act repeated by an elliptical "as" clause is the act of that clause's subject too
(extract/ellipted_doers.py): "Italy criticised Libya over the crackdown, as did Spain". Sentences
written for these tests."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, kind, doer, other", [
    ("Italy criticised Libya over the crackdown, as did Spain.", "ACCUSE", "Spain", "Libya"),
    ("France has recognised Palestine, as have Spain and Ireland.", "SUPPORT", "Ireland", "Palestine"),
    ("Japan imposed sanctions on North Korea, as did South Korea.", "SANCTION", "South Korea", "North Korea"),
    # the act of a conjunct verb whose subject is the first verb's
    ("Germany said it was alarmed and condemned Russia over the strike, as did France.", "ACCUSE", "France", "Russia"),
])
def test_the_subject_of_an_as_clause_does_the_act_too(analyse_text, text, kind, doer, other):
    assert (doer, other) in named_sides(analyse_text(text), kind)


def test_the_main_subject_keeps_its_act(analyse_text):
    found = named_sides(analyse_text("Italy criticised Libya over the crackdown, as did Spain."), "ACCUSE")
    assert ("Italy", "Libya") in found


@pytest.mark.parametrize("text", [
    # the same doer again, not another
    "Germany condemned Russia over the attack, as it did last year.",
    # "as" with a clause of its own (a subject, verb and object) is no stand-in for the predicate
    "Italy criticised Libya, as Spain had criticised Tunisia.",
])
def test_no_new_doer_without_an_elliptical_subject(analyse_text, text):
    doers = {s for s, _ in named_sides(analyse_text(text), "ACCUSE")}
    assert doers <= {"Germany", "Italy", "Spain"}, doers
    assert ("Spain", "Libya") not in named_sides(analyse_text(text), "ACCUSE")
