"""A suit foretold or vowed by the one who will bring it is a threat of legal action (PLOVER THREATEN),
however the text says it (extract/legal_threats.py, said_threats.py, keep.vow_of); only a suit brought
is an accusation (ACCUSE). Sentences written for these tests."""
from __future__ import annotations

import pytest


def _has(rows, event_type, subject, other=None):
    return any(t == event_type and s and subject in s.lower() and (other is None or o and other in o.lower())
               for t, s, o in rows)


@pytest.mark.parametrize("text, subject, other", [
    ("Lindqvist Energy said it will sue Norwegian Rail over the contract.", "lindqvist", "norwegian rail"),
    ("Gazprom vowed to sue Naftogaz for the unpaid bills.", "gazprom", "naftogaz"),
    ("Greenpeace pledged to take legal action against Shell.", "greenpeace", "shell"),
    ("Gazprom has threatened to sue Naftogaz over the debts.", "gazprom", "naftogaz"),
    ("Samsung said it might sue Apple.", "samsung", "apple"),
    ("The Polish government said it would take Gazprom to court.", "polish", "gazprom"),
])
def test_a_suit_foretold_or_vowed_is_a_threat_not_an_accusation(events_named, text, subject, other):
    rows = events_named(text)
    assert _has(rows, "THREATEN", subject, other), (text, rows)
    assert not [r for r in rows if r[0] == "ACCUSE"], (text, rows)   # no suit is brought
    assert not [r for r in rows if r[0] == "AGREE"], (text, rows)    # the vow is the threat, no promise


@pytest.mark.parametrize("text, subject, other", [
    ("Greenpeace sued the Dutch government over its climate policy.", "greenpeace", "dutch"),
    ("Greenpeace has filed a lawsuit against Shell.", "greenpeace", "shell"),
    ("Microsoft is suing Google over the patents.", "microsoft", "google"),
])
def test_a_suit_brought_is_an_accusation(events_named, text, subject, other):
    rows = events_named(text)
    assert _has(rows, "ACCUSE", subject, other), (text, rows)
    assert not _has(rows, "THREATEN", subject), (text, rows)


@pytest.mark.parametrize("text", [
    "Gazprom said Naftogaz would sue Rosneft.",           # another's suit foretold: a forecast
    "Gazprom said it would not sue Naftogaz.",            # denied
    "Greenpeace pledged to lift its boycott of Shell.",   # no act of law
])
def test_a_suit_of_another_or_denied_is_no_threat(events_named, text):
    rows = events_named(text)
    assert not _has(rows, "THREATEN", "gazprom") and not _has(rows, "THREATEN", "greenpeace"), (text, rows)


MATTERS = {
    "action": "Oracle said it would take legal action against SAP.",
    "lawsuit": "Oracle said it would file a lawsuit against SAP.",
    "suit": "Oracle said it would bring a suit against SAP.",
    "proceedings": "Oracle vowed to launch proceedings against SAP.",
    "case": "Oracle vowed to bring a case against SAP.",
    "court": "Oracle said it would take SAP to court.",
}


def test_every_matter_of_law_has_a_sentence():
    from newsgraph.wordlists import words
    assert set(words("threatened_legal_matters")) == set(MATTERS)


@pytest.mark.parametrize("word", sorted(MATTERS))
def test_each_matter_of_law_foretold_is_a_threat(events_named, word):
    rows = events_named(MATTERS[word])
    assert _has(rows, "THREATEN", "oracle", "sap"), rows
    assert not [r for r in rows if r[0] == "ACCUSE"], rows
