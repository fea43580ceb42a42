"""A game named by a noun that also names a meeting or a row is no event (extract/fixtures.py): "Saturday's
league clash with Celtic", "their first meeting with the Steelers this season"; a row with a person, fans
clashing with police and talks with a minister stay events. Sentences of our own."""
from __future__ import annotations

import pytest


def acts(analysis) -> list[tuple[str, str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return [(e.type, names.get(e.subject, "-"), names.get(e.object, "-")) for e in analysis.events
            if e.type in ("ACCUSE", "ASSAULT", "CONSULT")]


@pytest.mark.parametrize("text", [
    "Rangers will travel to Parkhead for Saturday's league clash with Celtic.",
    "Gloucester flanker Tom Darrow hopes to start Sunday's European Cup clash with Bath at Kingsholm.",
    "In Denver's second meeting with the Raiders this season, the visitors won by ten points.",
])
def test_a_game_named_as_a_clash_or_meeting_is_no_event(analyse_text, text):
    assert acts(analyse_text(text)) == []


@pytest.mark.parametrize("text", [
    "The fans' clash with riot police after the cup final left 20 people injured in Turin.",
    "Foreign Secretary Jack Straw held a meeting with the Iranian foreign minister in Geneva this season of talks.",
    "Hundreds of supporters clashed with police outside the stadium after the cup final in Istanbul.",
    "The talks come despite past reports of clashes between Hamas and Fatah supporters in Gaza.",
])
def test_violence_and_talks_stay_events(analyse_text, text):
    assert acts(analyse_text(text)) != []
