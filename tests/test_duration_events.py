"""An event noun measured by a span of time under a light verb (extract/frames.event_noun, words
duration_nouns): "began two hours of negotiations", "launched two weeks of attacks" name the talks and
attacks as "began negotiations" does, and the verb's subject does them. Sentences written for newsgraph."""
from __future__ import annotations

from named_events import event_sides


def test_talks_measured_in_hours_are_held_by_the_verbs_subject(analyse_text):
    analysis = analyse_text("Detectives in Leeds began two hours of negotiations with the hijacker.")
    sides = event_sides(analysis, "CONSULT")
    assert any("detectives" in s and "hijacker" in o for s, o in sides), analysis.events


def test_attacks_measured_in_weeks_are_the_attackers(analyse_text):
    analysis = analyse_text("The guerrillas launched two weeks of raids on the garrison at Tumbes.")
    sides = event_sides(analysis, "ASSAULT")
    assert any("guerrillas" in s for s, _ in sides), analysis.events


def test_a_span_of_something_else_is_no_event(analyse_text):
    analysis = analyse_text("The guerrillas began two weeks of training in the hills above Tumbes.")
    assert not [e for e in analysis.events if e.type in ("ASSAULT", "CONSULT")], analysis.events
