"""A defence of a course with no other side named is its maker's own stand, no SUPPORT (PLOVER SUPPORT
backs another actor; the audit file's Defending convention): a government, minister or body defending
its policy, plan, measures, decision or move, its maker named or not (extract/sense_cooperative.py
one_sided). Defending a person, a group, or another side's act stays SUPPORT. Sentences of our own."""
from __future__ import annotations

import pytest


def supports(analysis) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == "SUPPORT"]


@pytest.mark.parametrize("text", [
    "Prime Minister Tony Blair has defended plans to raise tuition fees.",
    "Home Office minister John Smith defended the move, saying it would cut crime.",
    "The finance ministry defended its decision to raise the fuel levy.",
    "Health Minister Karl Brandt defended the reforms, saying waiting lists would fall.",
    "The city council has defended plans to close two libraries.",
    "The prime minister defended the measures against criticism from his own backbenchers.",
])
def test_a_course_defended_alone_is_its_makers_own(analyse_text, text):
    assert supports(analyse_text(text)) == []


@pytest.mark.parametrize("text", [
    "Senator Jane Holt defended the embattled judge against the critics.",
    "Foreign minister Omar Khan strongly defended the Indian Navy's action against the pirates.",
    "The opposition leader defended the striking nurses.",
    "Rights groups defended the protesters arrested on Friday.",
])
def test_defending_another_side_stays_support(analyse_text, text):
    assert supports(analyse_text(text)) == ["defended"]
