"""A demand noun's addressee named by title or description: "renewed its calls for the minister to
resign" asks the minister, as "called for the minister to resign" does; the demand names its other
side, and the act called for is asked, not done. Sentences are our own."""
from __future__ import annotations

import pytest


def _rows(events_named, text):
    return {(t, (s or "").split(" (")[0], (o or "").split(" (")[0]) for t, s, o in events_named(text)}


@pytest.mark.parametrize("text, subj, obj", [
    ("Labour renewed its calls for the minister to resign.", "Labour Party", "minister"),
    ("The council repeated its calls for the minister to intervene in the dispute.", "council", "minister"),
    ("Shareholders stepped up their demands for the chairman to quit.", "shareholders", "chairman"),
])
def test_described_addressee_of_a_demand_noun(events_named, text, subj, obj):
    rows = _rows(events_named, text)
    assert ("REQUEST", subj, obj) in rows, rows


def test_act_called_for_is_not_done(events_named):
    rows = _rows(events_named, "There were fresh calls for the chairman to step down.")
    assert not any(t == "RETREAT" for t, _, _ in rows), rows
