"""An act ranked in a series ("the latest", "the third", "the first") takes the doer and target the
parser hangs on the rank word (extract/ranked_acts.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, kind, doer, target", [
    ("The raid was the latest by Israeli forces on the Jenin camp.", None, "Israel", "Jenin"),
    ("The visit was the first by a Chinese president to Serbia.", "CONSULT", "China", "Serbia"),
])
def test_a_ranked_act_takes_the_sides_of_its_rank(analyse_text, text, kind, doer, target):
    analysis = analyse_text(text)
    kinds = [kind] if kind else ["ASSAULT", "COERCE"]
    found = {row for k in kinds for row in named_sides(analysis, k)}
    assert any(s and doer in s and o and target in o for s, o in found), found


def test_a_ranked_protest_takes_its_protesters(analyse_text):
    found = named_sides(analyse_text("The protest was the biggest by farmers in Paris this year."), "PROTEST",
                        lower=True)
    assert any(s and "farmers" in s for s, _ in found), found


@pytest.mark.parametrize("text", [
    # a rank with no doer named, or an act that is no event word
    "The raid was the latest in the area this year.",
    "The win was the third by Arsenal over Chelsea this season.",
])
def test_no_side_without_a_doer_on_the_rank(analyse_text, text):
    assert not [e for e in analyse_text(text).events if e.type in ("ASSAULT", "COERCE") and e.subject]
