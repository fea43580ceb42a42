"""Warnings that threaten nothing (extract/warnings.py): advice and forecasts told as "warn" are no
THREATEN unless a state or armed side warns, or the warner names an act of its own to come or a harm.
Sentences of our own; each dropped event is checked to be made without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import sense


@pytest.mark.parametrize("text", [
    "The party leader warned his supporters against complacency before the vote.",
    "Health campaigners warned of rising obesity among children.",
    "The mayor warned residents not to drink the tap water.",
])
def test_advice_and_forecasts_are_no_threats(text, analyse_text, monkeypatch):
    assert ("THREATEN", "warned") not in type_triggers(analyse_text(text))
    monkeypatch.setattr(sense, "advice_not_threat", lambda c, entity_type: False)
    assert ("THREATEN", "warned") in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text", [
    # a state warning another threatens by the saying
    "China warned the Philippines against further provocations.",
    # a harm named, or the warner's own act to come
    "The union warned the airline of strike action over Christmas.",
    "The justice minister warned the fans that she would ban them from every ground.",
])
def test_threats_stay(text, analyse_text):
    assert ("THREATEN", "warned") in type_triggers(analyse_text(text))
