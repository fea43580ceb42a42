"""Backing given is SUPPORT of the one it goes to, not aid (extract/given_support.py); support named
as material stays AID. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, backed", [
    ("Robin Cook gave his support to Gordon Brown.", ("Robin Cook", "Gordon Brown")),
    ("Germany gave its full backing to France.", ("Germany", "France")),
    ("The Green Party gave its support to the Scottish Socialist Party.", ("Green Party", "Scottish Socialist Party")),
])
def test_support_given_to_an_actor_is_backing(events_named, text, backed):
    got = events_named(text)
    assert ("SUPPORT", *backed) in got and not any(e[0] == "AID" for e in got), got


def test_support_named_as_material_stays_aid(events_named):
    got = events_named("The United States gave military support to the rebels.")
    assert ("AID", "United States", "rebels") in got and not any(e[0] == "SUPPORT" for e in got), got
