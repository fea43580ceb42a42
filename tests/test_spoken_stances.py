"""A stance a person states for the body they speak for is the body's: the "we" of a spokeswoman's quote,
the "it" a lawyer for a club says will appeal (extract/statements.own_side). "I", "he" and "she", and a
body speaking of itself, stay the speaker."""
from __future__ import annotations

import pytest


def _subjects(rows, typ):
    return {s for t, s, _o in rows if t == typ}


@pytest.mark.parametrize(("text", "body", "person"), [
    ('"We will fight these charges," said Sarah Cole, a spokeswoman for Unilever.', "Unilever", "Sarah Cole"),
    ("Mark Lewis, a lawyer for Celtic, said it would appeal against the ruling.", "Celtic", "Mark Lewis"),
    ("Anna Berg, a spokeswoman for Nestle, said it would not bow to demands from Greenpeace.", "Nestle", "Anna Berg"),
])
def test_a_spokesperson_s_we_or_it_is_the_body(events_named, text, body, person):
    subjects = _subjects(events_named(text), "REJECT")
    assert any(s and body in s for s in subjects), subjects
    assert not any(s and person in s for s in subjects), subjects


@pytest.mark.parametrize(("text", "person"), [
    # the person acts in person: "he", "I"
    ("The owner of the bakery, John Smith, said he would fight the charges.", "John Smith"),
    ('"I will fight these charges," said Sarah Cole, a director of Unilever.', "Sarah Cole"),
])
def test_a_person_speaking_of_themself_stays_the_doer(events_named, text, person):
    subjects = _subjects(events_named(text), "REJECT")
    assert any(s and person in s for s in subjects), subjects


def test_a_body_speaking_of_itself_stays_the_doer(events_named):
    subjects = _subjects(events_named("Barclays said it would fight the charges brought by the regulator."), "REJECT")
    assert subjects == {"Barclays"}, subjects


def test_a_quoted_we_is_the_body_the_speaker_speaks_for(events_named):
    rows = events_named('"We will sue the Daily Mail for libel," said Tom Hale, a lawyer for Celtic.')
    assert any(t == "ACCUSE" and s and "Celtic" in s for t, s, _o in rows), rows
    assert not any(s and "Tom Hale" in s for t, s, _o in rows if t != "AFFILIATION"), rows


def test_a_quoted_we_of_a_person_with_no_body_named_is_no_one(events_named):
    # the speaker's "we" is some body the text does not name: not the speaker alone
    rows = events_named('"We will sue the Daily Mail for libel," said Tom Hale.')
    assert not any(s and "Tom Hale" in s for _t, s, _o in rows), rows


def test_a_quoted_i_is_the_speaker(events_named):
    rows = events_named('"I will sue the Daily Mail for libel," said Tom Hale.')
    assert any(t in ("ACCUSE", "THREATEN") and s and "Tom Hale" in s for t, s, _o in rows), rows


def test_a_quoted_we_of_a_police_spokesman_is_the_story_s_police(events_named):
    rows = events_named("Police detained two men after a stabbing near the station on Friday.\n\n"
                        '"We detained two men on Friday," said police spokesman Tom Hale.')
    coerced = {s for t, s, _o in rows if t == "COERCE"}
    assert coerced and all(s and "police" in s.lower() for s in coerced), rows
    assert not any(s and "Tom Hale" in s for _t, s, _o in rows), rows


def test_a_modifier_of_no_spokesman_names_no_body(events_named):
    rows = events_named("The army shelled the village on Monday.\n\n"
                        '"We attacked the rebels on the road," said army veteran Tom Hale, who lives there.')
    assert not any(t == "ASSAULT" and s and ("army" in s.lower() or "Tom Hale" in s) and "rebels" in (o or "")
                   for t, s, o in rows), rows
