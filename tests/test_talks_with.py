"""Talks whose clause holds them "with" a named side are CONSULT events with that side, their host
unsaid (extract/talks_with.py); talks with no side named, "with" something that is no side, or
talks a verb ends, seeks or rules out, stay dropped."""
from __future__ import annotations

import pytest


def talks(events_named, text):
    return {(subject, obj) for kind, subject, obj in events_named(text) if kind == "CONSULT"}


@pytest.mark.parametrize("text, side", [
    ("Talks have begun with Pakistan on the timing of the visit.", "Pakistan"),
    ("Discussions will continue with the Sudanese government next week.", "Sudan"),
    ("Negotiations with Iran broke down on Friday.", "Iran"),
    ("Siemens has spent much of the year in talks with the German government about jobs.", "German"),
])
def test_talks_with_a_named_side(text, side, events_named):
    found = talks(events_named, text)
    assert any(side in (obj or "") for _, obj in found), (text, found)


@pytest.mark.parametrize("text", [
    "The talks have been going well, the spokesman said.",
    "Talks began with a speech by the chairman.",
    "The two firms have cut off talks with Glazer over the sale.",      # talks ended: their verb tells
    "Talks with Iran have been ruled out.",
])
def test_talks_with_no_side(text, events_named):
    assert not talks(events_named, text)
