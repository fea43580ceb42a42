"""An event noun that is the subject of a guess about the past ("may have", "could have") happened: the
guess is about what caused it or what it did (clause_walk.guessed_effect). A guess on a verb of its own act,
or a modal without "have", leaves the act possible. Sentences of our own."""
from __future__ import annotations

import pytest


def told(analysis, trigger: str) -> list[str]:
    return [e.certainty for e in analysis.events if e.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The police shooting of the teenager may have been caused by a stray bullet.", "shooting"),
    ("The police raid on the mosque in Leeds may have been ordered by the mayor.", "raid"),
])
def test_an_act_whose_cause_is_guessed_happened(analyse_text, text, trigger):
    found = told(analyse_text(text), trigger)
    assert found and "possible" not in found, found


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels may have attacked the convoy near Homs on Sunday.", "attacked"),
    ("The police raid on the mosque in Leeds may be delayed until March.", "raid"),
])
def test_an_act_itself_guessed_or_ahead_stays_possible(analyse_text, text, trigger):
    found = told(analyse_text(text), trigger)
    assert found and set(found) == {"possible"}, found
