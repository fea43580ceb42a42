"""A duty a speaker lays on the body they speak for or lead is that body's resolve, no demand on another actor
(extract/speaker_bodies.own_resolve, read by statements through said_about.about_other and by
constructions.demand_events). Sentences of our own; each dropped demand is checked to be made with the rule
switched off, and demands on other actors are checked kept."""
from __future__ import annotations

import pytest

from named_events import typed_sides
from newsgraph.extract import constructions, said_about


@pytest.fixture()
def without_rule(events_named, monkeypatch):
    def run(text):
        with monkeypatch.context() as m:
            for module in (said_about, constructions):
                m.setattr(module, "own_resolve", lambda *a: False)
            return events_named(text)
    return run


@pytest.mark.parametrize("text, sides", [
    # an executive on his own company
    ("Toyota chief executive Akio Toyoda said the company must cut its costs.", ("Akio Toyoda", "Toyota")),
    # a spokeswoman's quoted "we"
    ('"We must not give in to this pressure," said Marta Diaz, a spokeswoman for Shell.', ("Marta Diaz", "Shell")),
    # a minister on his own state
    ("The Chinese trade minister Bo Xilai said China should open its markets further.", ("Bo Xilai", "China")),
])
def test_a_duty_laid_on_ones_own_body_is_no_request(text, sides, events_named, without_rule):
    assert sides in typed_sides(without_rule(text), "REQUEST")
    assert sides not in typed_sides(events_named(text), "REQUEST")


@pytest.mark.parametrize("text, sides", [
    ("Greenpeace director Ann Lee said BP must cut its emissions.", ("Ann Lee", "BP")),
    ("Russian Foreign Minister Sergey Lavrov said Ukraine must withdraw its troops.", ("Sergei Lavrov", "Ukraine")),
    ("Bo Xilai said Japan should open its markets further.", ("Bo Xilai", "Japan")),
])
def test_demands_on_other_actors_stay(text, sides, events_named):
    assert sides in typed_sides(events_named(text), "REQUEST")
