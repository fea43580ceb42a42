"""One test of whether a pronoun fits a speaker (resolve/pronoun_fit.py, session 45), asked by both stages
that need it: a speaker's own part disowned with a subject pronoun (extract/disowned_parts.py: "Rio Tinto
said it had played no part in ...") and a possessive owning the thing a reported stance is on
(extract/speaker_owners.py: "Spain said Morocco had rejected its offer"). A person is "he", "she", "I",
"his", "her"; a body or state "it", "they", "its", "their"; "we" and "our" either. Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.resolve.pronoun_fit import fits


@pytest.mark.parametrize(("pronoun", "kind", "expected"), [
    ("he", "PERSON", True), ("Her", "PERSON", True), ("I", "PERSON", True),
    ("it", "PERSON", False), ("its", "PERSON", False), ("their", "PERSON", False),
    ("it", "ORGANIZATION", True), ("they", "COUNTRY", True), ("its", "GOVERNMENT", True),
    ("she", "ORGANIZATION", False), ("his", "COUNTRY", False),
    ("we", "PERSON", True), ("our", "ORGANIZATION", True),
    ("it", None, False), ("he", None, False),
])
def test_a_pronoun_fits_a_person_or_a_body(pronoun, kind, expected):
    assert fits(pronoun, kind) is expected


def refusers(events_named, text):
    return {e[1] for e in events_named(text) if e[0] == "REJECT"}


@pytest.mark.parametrize(("text", "denier"), [
    ("Rio Tinto said it had played no part in the bribery of the mine inspectors.", "Rio Tinto"),
    ("Senator Ruth Adams said she had nothing to do with the bribery of the customs officers.", "Ruth Adams"),
])
def test_disowned_parts_take_a_pronoun_that_fits_the_speaker(events_named, text, denier):
    assert denier in refusers(events_named, text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rio Tinto said she had played no part in the bribery of the mine inspectors.", "Rio Tinto"),
    ("Senator Ruth Adams said it had nothing to do with the bribery of the customs officers.", "Ruth Adams"),
])
def test_disowned_parts_leave_a_pronoun_that_does_not_fit(events_named, text, speaker):
    assert speaker not in refusers(events_named, text)


def rejections(analyse_text, text):
    analysis = analyse_text(text)
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(ev.subject), name(ev.object)) for ev in analysis.events if ev.type == "REJECT"]


@pytest.mark.parametrize(("text", "doer", "owner"), [
    ("Spain said Morocco had rejected its offer of talks on fishing rights.", "Morocco", "Spain"),
    ("Senator Ruth Adams said the Senate committee had rejected her proposal for a tax cut.", "Senate",
     "Ruth Adams"),
])
def test_speaker_owners_take_a_possessive_that_fits_the_speaker(analyse_text, text, doer, owner):
    found = rejections(analyse_text, text)
    assert any(s and doer in s and o and owner in o for s, o in found), found


def test_speaker_owners_leave_a_possessive_that_does_not_fit(analyse_text):
    found = rejections(analyse_text, "Spain said Morocco had rejected his offer of talks on fishing rights.")
    assert not any(o and "Spain" in o for _, o in found), found
