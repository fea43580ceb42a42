"""A summons to testify or appear asks the witness to come before the body (extract/construction_types.py,
witness_summoned): REQUEST, no accusation; a summons with no such infinitive stays a protest (ACCUSE).
Sentences of our own."""
from __future__ import annotations

import pytest


def types_of(analysis, trigger: str) -> list[str]:
    return [e.type for e in analysis.events if e.trigger.lower().startswith(trigger)]


@pytest.mark.parametrize(("text", "trigger"), [
    ("In 1995, Jones was summoned to testify before the U.S. Senate at hearings on fraud.", "summoned"),
    ("The Senate summoned the director to give evidence at the hearings.", "summoned"),
    ("The Senate committee subpoenaed the banker to appear before it in May.", "subpoenaed"),
])
def test_a_witness_summoned_is_asked_to_come(analyse_text, text, trigger):
    found = types_of(analyse_text(text), trigger)
    assert found and all(kind == "REQUEST" for kind in found), found


def test_an_envoy_summoned_over_remarks_is_still_a_protest(analyse_text):
    found = types_of(analyse_text("Morocco summoned Spain's ambassador over the remarks."), "summoned")
    assert found and all(kind == "ACCUSE" for kind in found), found
