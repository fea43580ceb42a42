"""A refusal denied with a verb of ruling out keeps a possibility open (extract/kept_open.py, the gate's
"possibility left open"): no REJECT, neither of the thing left open nor of a refusal around it, while
ruling out said outright and other refusals stay. Sentences are our own."""
from __future__ import annotations

import pytest


def rejects(analyse_text, text):
    return [(ev.subject, ev.object, ev.negated) for ev in analyse_text(text).events if ev.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "Norway has not ruled out talks with the rebels.",
    "The carmaker did not rule out a merger with Fiat.",
    "Poland refused to rule out a bid for the airline.",
    "The chancellor declined to rule out higher taxes.",
    "The minister would not exclude new sanctions on Belarus.",
])
def test_a_possibility_left_open_is_no_rejection(analyse_text, text):
    assert rejects(analyse_text, text) == []


@pytest.mark.parametrize("text", [
    "Norway ruled out talks with the rebels.",
    "Poland refused to sign the treaty with Belarus.",
    "The rebels rejected the offer from Norway.",
])
def test_ruling_out_and_other_refusals_stay(analyse_text, text):
    assert rejects(analyse_text, text) != []
