"""Two sides acting on each other: each side's act is on the other (extract/mutual_sides.py).
Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, a, b", [
    ("Serbia and Kosovo accused each other of stoking tension in the north.", "Serbia", "Kosovo"),
    ("Sudan and South Sudan blamed one another for the fighting in Abyei.", "Sudan", "South Sudan"),
])
def test_each_side_acts_on_the_other(text, a, b, analyse_text):
    got = named_sides(analyse_text(text), "ACCUSE")
    assert {(a, b), (b, a)} <= got


def test_three_sides_are_left_without_an_object(analyse_text):
    got = named_sides(analyse_text("Serbia, Croatia and Kosovo accused each other of stoking tension."), "ACCUSE")
    assert got and all(o is None for _, o in got)
