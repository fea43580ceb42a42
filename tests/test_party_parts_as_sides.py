"""A part of a party named before it ("Labour backbenchers") does not speak for the party, and is a
side of its own: "Labour backbenchers criticised the chancellor" is their criticism, not the party's and
not no one's. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, typ, subj", [
    ("Labour backbenchers criticised the chancellor.", "ACCUSE", "Labour backbenchers"),
    ("Tory backbenchers urged the prime minister to drop the tax.", "REQUEST", "Tory backbenchers"),
])
def test_party_backbenchers_are_a_side(events_named, text, typ, subj):
    rows = events_named(text)
    assert any(t == typ and (s or "").lower() == subj.lower() and o is not None for t, s, o in rows), rows


def test_party_backbenchers_are_not_the_party(events_named):
    rows = events_named("Labour backbenchers criticised the chancellor over the pension plans.")
    assert not any(s == "Labour Party" for _, s, _ in rows), rows
