"""The acts of a part an actor plays ("cops played by Samuel L Jackson": fiction.character) and nouns read
as bare verbs joined to another verb ("fault lines": misjoined.stray_bare_verb) are no events. Sentences of
our own; each dropped one is checked to be made by the extractor without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import sense


@pytest.mark.parametrize("text, event", [
    ("A young reporter is kidnapped by gangsters played by Michael Caine.",
     ("ASSAULT", "kidnapped")),
    ("The farmer is arrested by a corrupt sheriff played by Tom Hanks.", ("COERCE", "arrested")),
])
def test_a_part_played_does_nothing(text, event, analyse_text, analyse_without):
    assert event in type_triggers(analyse_without(text, (sense, "character", lambda tok: False)))
    assert event not in type_triggers(analyse_text(text))


def test_a_part_played_by_a_state_is_a_side(analyse_text):
    text = "The farmer was arrested by police officers in Leeds, in an operation played down by Britain."
    assert ("COERCE", "arrested") in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # a noun read as a bare verb joined to a present or a gerund (misjoined.stray_bare_verb)
    ("Japan is prone to quakes because of its location on an arc of volcanoes and fault lines encircling the Pacific.",
     ("ACCUSE", "fault")),
    ("Profits have been under pressure in the rail industry, with budget firms driving down fares and demand "
     "dipping after the floods.", ("REQUEST", "demand")),
])
def test_a_noun_read_as_a_joined_verb_is_no_event(text, event, analyse_text, analyse_without):
    assert event in type_triggers(analyse_without(text, (sense, "stray_bare_verb", lambda verb: False)))
    assert event not in type_triggers(analyse_text(text))


def test_an_irregular_past_joined_to_a_past_stays(analyse_text):
    # "shut" read as bare beside a past: the past of the clause, done
    text = "On Monday, Turkmenistan acted on its warning and shut off gas supplies to Ukraine."
    assert ("SANCTION", "shut") in type_triggers(analyse_text(text))


def test_a_body_s_classifier_read_as_a_verb_is_no_event(analyse_text, analyse_without):
    # "to trade body X": the tagger reads "to trade" as an infinitive (sense_nominal.classifier_read_as_verb)
    from newsgraph.extract import sense_nominal
    text = "Vodafone declined to comment, referring the question instead to trade body Intellect."
    made = type_triggers(analyse_without(text, (sense_nominal, "classifier_read_as_verb", lambda tok: False)))
    assert ("COOPERATE", "trade") in made
    assert ("COOPERATE", "trade") not in type_triggers(analyse_text(text))


def test_a_verb_of_trade_stays(analyse_text):
    assert ("COOPERATE", "trade") in type_triggers(analyse_text("Shell agreed to trade oil with Iran."))
