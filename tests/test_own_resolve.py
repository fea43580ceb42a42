"""A duty a speaker lays on the body they speak for or lead is that body's resolve, no demand on another actor,
and a wrong they say of it its admission, no accusation (extract/speaker_bodies.own_resolve, read by statements
through said_about.about_other, by constructions.demand_events and by judged_conduct). Sentences of our own; each dropped demand is checked to be made with the rule
switched off, and demands on other actors are checked kept."""
from __future__ import annotations

import pytest

from named_events import typed_sides
from newsgraph.extract import constructions, judged_conduct, said_about


@pytest.fixture()
def without_rule(events_named, monkeypatch):
    def run(text):
        with monkeypatch.context() as m:
            for module in (said_about, constructions, judged_conduct):
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


@pytest.mark.parametrize("text, sides", [
    # a wrong its own chairman or chief executive says the company did: an admission
    ("Toyota chairman Fujio Cho said the company had mishandled the recall.", ("Fujio Cho", "Toyota")),
    ("BP chief executive John Browne said the company had tried to mislead the public.", ("John Browne", "BP")),
])
def test_a_wrong_said_of_ones_own_body_is_no_accusation(text, sides, events_named, without_rule):
    assert sides in typed_sides(without_rule(text), "ACCUSE")
    assert sides not in typed_sides(events_named(text), "ACCUSE")


@pytest.mark.parametrize("text, sides", [
    ("Toyota chairman Fujio Cho said Honda had mishandled the recall.", ("Fujio Cho", "Honda")),
    ("Greenpeace director Ann Lee said BP was trying to mislead the public.", ("Ann Lee", "BP")),
])
def test_accusations_of_other_actors_stay(text, sides, events_named):
    assert sides in typed_sides(events_named(text), "ACCUSE")
