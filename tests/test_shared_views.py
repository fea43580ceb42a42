"""An "agree" with no act, thing, party or matter agreed tells a view shared, no AGREE (PLOVER AGREE is
an agreement or promise to cooperate; extract/shared_views.py): "the party agreed spending would grow
more slowly", "the two lords agreed about what the statute meant". An act, a thing or a side agreed,
two sides agreeing together, or a leave given stays AGREE. Sentences of our own."""
from __future__ import annotations

import pytest


def agreements(analysis) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "After a long deliberation the jury agreed, and the verdict was read out.",
    "The Conservative Party agreed public spending would grow more slowly under its plans.",
    "The Bank of England agreed inflation would stay low this year.",
    "Lord Hale and Lord Bingham agreed about what the statute meant.",
])
def test_a_view_shared_is_no_agreement(analyse_text, text):
    assert agreements(analyse_text(text)) == []


@pytest.mark.parametrize("text", [
    "Iran and the EU agreed on Sunday.",
    "The court agreed that the families would be allowed to see the files.",
    "Israel agreed that the observers could stay in Hebron.",
    "The rebels agreed to a ceasefire on Friday.",
])
def test_an_accord_or_a_leave_given_stays_agree(analyse_text, text):
    assert agreements(analyse_text(text)) == ["agreed"]
