"""The one who settles, fights or contests a legal action that another brought is the one it is against,
when the bringer is named ("agreed to settle a lawsuit filed by Eliot Spitzer": Spitzer accuses the
settler; extract/legal_sides.defended_against). A suit the plaintiff settles or drops keeps its own sides.
Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import typed_sides


@pytest.mark.parametrize("text, sides", [
    ("Microsoft agreed to pay $50m to settle a lawsuit filed by the European Commission.",
     ("European Commission", "Microsoft")),
    ("Shell is fighting a lawsuit filed by Nigeria over the spill.", ("Nigeria", "Shell")),
    ("Enron contested the charges brought by the Justice Department.", ("United States Department of Justice", "Enron")),
])
def test_the_one_answering_an_action_is_its_defendant(events_named, text, sides):
    assert sides in typed_sides(events_named(text), "ACCUSE")


def test_a_plaintiff_settling_its_own_suit_is_not_the_defendant(events_named):
    got = typed_sides(events_named("The European Commission settled its lawsuit against Microsoft in January."), "ACCUSE")
    assert ("European Commission", "Microsoft") in got
    assert not any(obj == "European Commission" for _, obj in got)


def test_a_settled_suit_with_no_bringer_named_gets_no_defendant(events_named):
    got = typed_sides(events_named("Shell settled the lawsuit in March."), "ACCUSE")
    assert not any(obj == "Shell" for _, obj in got)
