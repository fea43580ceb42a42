"""Deaths and injuries in a collapse or a natural disaster are no attack (extract/everyday.py,
traffic_death): the mishap named in the sentence ("when their school collapsed") or in the harm's own
phrase ("injured in the earthquake", even beside words of violence elsewhere in the sentence). An air
strike that brings a house down stays an attack. Sentences of our own; each dropped event is checked
to be made without the mishap words."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import everyday


@pytest.fixture()
def without_mishaps(analyse_without):
    return lambda text: analyse_without(text, (everyday, "MISHAPS", frozenset()))


@pytest.mark.parametrize("text, event", [
    ("Three children were killed in Aceh when their school collapsed.", ("ASSAULT", "killed")),
    # the harm's own phrase names the quake; "hit" and "troops" elsewhere do not make it an attack
    ("At least 40 people were injured in the earthquake in Papua, which hit the town as troops patrolled the streets.",
     ("ASSAULT", "injured")),
])
def test_harm_in_a_collapse_or_a_quake_is_no_attack(text, event, analyse_text, without_mishaps):
    assert event in type_triggers(without_mishaps(text))
    assert event not in type_triggers(analyse_text(text))


def test_an_air_strike_that_brings_a_house_down_stays_an_attack(analyse_text):
    found = type_triggers(analyse_text("Five people were killed in Gaza when an Israeli air strike hit a house and it collapsed."))
    # the strike and the verb it hits with are one act (extract/fragments.py): one of them stays
    assert ("ASSAULT", "killed") in found and found & {("ASSAULT", "strike"), ("ASSAULT", "hit")}
