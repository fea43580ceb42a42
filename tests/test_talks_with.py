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


@pytest.mark.parametrize("text, host, side", [
    ("Ahead of talks with the Kenyan government on Monday, Safaricom said it would cut its prices.", "Safaricom",
     "Kenya"),
    ("In talks with the unions, the Greek government offered a pay rise.", "Greek", "union"),
    ("At a meeting with Angela Merkel, Viktor Orban promised to keep the border open.", "Orban", "Merkel"),
])
def test_talks_in_a_phrase_of_the_clause_are_hosted_by_its_subject(text, host, side, events_named):
    found = talks(events_named, text)
    assert any(host in (subject or "") and side in (obj or "") for subject, obj in found), (text, found)


def test_talks_ending_in_another_clause_take_no_host_from_the_main_one(events_named):
    found = talks(events_named, "Police arrested six men after talks with the rebels broke down.")
    assert not any(subject and "police" in subject.lower() for subject, _ in found), found
