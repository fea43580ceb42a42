"""A charge or conviction that only describes whom a rule or plan is for is no event
(extract/kind_descriptions.py): "drivers convicted of speeding twice will lose their licences". People
counted, or charged over a particular act, stay. Sentences of our own; each dropped one is checked to
be made by the extractor without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import sense


@pytest.mark.parametrize("text, event", [
    ("Drivers convicted of speeding twice will lose their licences, the minister said.", ("SANCTION", "convicted")),
    ("Teachers accused of misconduct would be suspended on full pay under the proposals.", ("ACCUSE", "accused")),
    # a count of a kind of people: a statistic
    ("The number of migrants deported rose sharply last year.", ("COERCE", "deported")),
])
def test_a_kind_described_by_a_charge_is_no_event(text, event, analyse_text, analyse_without):
    assert event in type_triggers(analyse_without(text, (sense, "kind_described", lambda tok: False)))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    ("Two men suspected of the robbery were arrested on Monday.", ("ACCUSE", "suspected")),
    ("Nurses convicted of theft at the Leeds clinic will be struck off, the council said.", ("SANCTION", "convicted")),
    ("Those detained include two reporters from a local radio station.", ("COERCE", "detained")),
])
def test_people_charged_over_a_particular_act_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))
