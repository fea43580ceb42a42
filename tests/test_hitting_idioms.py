"""Idioms of hitting tell no blow, accusation or threat (extract/hitting_idioms.py): a target or a record
hit, a court or the shelves hit, an idea hit upon; a target hit by a weapon or by troops, and criticism
"hit back at", stay. Sentences of our own; each dropped event is checked to be made without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import idle_acts


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (idle_acts, "hitting_idiom", lambda event, trigger: None))


def hit_events(analysis) -> set[tuple[str, str]]:
    return {(kind, trigger) for kind, trigger in type_triggers(analysis) if trigger.lower().startswith(("hit", "str"))}


@pytest.mark.parametrize("text", [
    "The council will only hit its recycling target if residents sort their rubbish, a report says.",
    "Mrs Patel hit upon the idea of selling the paintings online.",
    "Shortly before hitting the court, Johnson told reporters he was ready for the final.",
])
def test_an_idiom_of_hitting_is_no_event(text, analyse_text, without_rule):
    assert hit_events(without_rule(text))
    assert not hit_events(analyse_text(text))


@pytest.mark.parametrize("text", [
    "The missile hit its target in Gaza, the army said.",
    "Labour hit back at the Conservative proposals on Monday.",
])
def test_blows_and_criticism_stay(text, analyse_text):
    assert hit_events(analyse_text(text))
