"""A prize named in a compound adjective ("the Oscar-winning star", "a Grammy-nominated singer") is
no actor of the phrase, whatever the recogniser took the prize's name for. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("phrase", ["The Oscar-winning star", "The Grammy-nominated singer"])
def test_a_prize_before_a_person_is_not_the_side(events_named, phrase):
    found = events_named(f"{phrase} criticised Warner Bros on Tuesday.")
    assert not any(s and ("Oscar" in s or "Grammy" == s) for t, s, _ in found), found
