"""Leaving office only weighed, not done (extract/keep.py, resigned: one_sided.yaml's weighing_verbs):
"mulled over resigning" is no resignation. Sentences of our own; the resignation done stays."""
from __future__ import annotations

import pytest

from named_events import type_triggers


@pytest.mark.parametrize("text", [
    "Papers released on Friday show that the governor mulled over resigning in 2009.",
    "The chairman has contemplated resigning over the affair.",
])
def test_resigning_weighed_is_no_retreat(text, analyse_text):
    assert not any(t == "RETREAT" for t, _ in type_triggers(analyse_text(text)))


def test_resigning_done_is_a_retreat(analyse_text):
    assert ("RETREAT", "resigned") in type_triggers(analyse_text("The chairman resigned over the affair."))
