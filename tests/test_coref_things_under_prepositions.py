"""An "it" a verb takes through a preposition ("set fire to it", "threw paint on it") is read as
that verb's object: a thing of its sentence between it and the last actor leaves it open
(resolve/things.thing_in_the_way), and with no thing between the actor stays. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Masked men raided the Harlan Group office on Monday. "
    "They drove a stolen van into the lobby and later set fire to it, police said.",
    "Activists from Blue Tide climbed the statue in the square and threw paint on it.",
])
def test_a_thing_before_an_it_under_a_preposition_leaves_it_open(resolved_name, text):
    assert resolved_name(text, "it") is None


def test_with_no_thing_between_the_actor_stays(resolved_name):
    text = "Regulators investigated Dorvan Group for two years and finally moved against it."
    assert resolved_name(text, "it") == "Dorvan Group"
