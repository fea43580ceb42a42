"""An investigation with nothing investigated is no accusation (extract/idle_inquiries.py): officers who
arrive "to investigate" or search a scene "while police investigated" accuse nobody; an inquiry into a
person, an act or a question stays. Sentences of our own; each dropped event is checked to be made
without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import idle_acts


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (idle_acts, "idle_inquiry", lambda event, trigger: None))


@pytest.mark.parametrize("text", [
    "Bank staff called the police and the branch was closed while officers investigated with the help of a bomb squad.",
    "Officers arrived at the house in Hull to investigate, but the family had left.",
    "Police officers stopped their patrol car in Hull to investigate and saw a man running towards the river.",
])
def test_an_inquiry_into_nothing_named_accuses_nobody(text, analyse_text, without_rule):
    made = {trigger for kind, trigger in type_triggers(without_rule(text)) if kind == "ACCUSE"}
    assert any(t.startswith("investigat") for t in made)
    assert not any(t.startswith("investigat") for kind, t in type_triggers(analyse_text(text)) if kind == "ACCUSE")


@pytest.mark.parametrize("text", [
    "Police in Leeds are investigating the shooting of a taxi driver.",
    "The regulator is investigating Barclays over the sale of loans.",
    "Police investigated Barclays to see whether the bank had broken the law.",
])
def test_an_inquiry_into_something_stays(text, analyse_text):
    assert any(kind == "ACCUSE" and t.startswith("investigat") for kind, t in type_triggers(analyse_text(text)))
