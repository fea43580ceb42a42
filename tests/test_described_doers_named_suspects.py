"""An attacker the lede describes ("A Leeds man shot ...") is the one person the story then names as "the
suspect" or "the gunman" ("The suspect, 41-year-old Darren Pike, was arrested", "gunman Darren Pike").
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A Hull man shot dead his landlord on Sunday, police said. The suspect, 52-year-old Martin Kealy, was "
    "arrested at a friend's flat.",
    "A Hull man shot dead his landlord on Sunday, police said. The gunman, Martin Kealy, was arrested later.",
])
def test_the_described_attacker_is_the_named_suspect(events_named, text):
    found = events_named(text)
    assert any(t == "ASSAULT" and s == "Martin Kealy" for t, s, _ in found), found


def test_a_named_victim_is_no_suspect(events_named):
    found = events_named("A Hull man shot his landlord on Sunday, police said. The victim, Martin Kealy, died "
                         "in hospital.")
    assert not any(t == "ASSAULT" and s == "Martin Kealy" for t, s, _ in found), found
