"""A person's suspension in a story that tells it as a suspension from a job is an employer's discipline,
no SANCTION (extract/job_suspensions.py), whichever sentence tells it; a party's suspension of its
candidate stays. Stories of our own; each dropped event is checked to be made without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import idle_acts

JOB_STORY = "A cashier at a Leeds bank is fighting for her job after she was suspended over her blog. "


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (idle_acts, "job_suspension", lambda event, trigger, res: None))


@pytest.mark.parametrize("text", [
    JOB_STORY + "Anna Kerr was suspended by Barclays in March, her lawyer said.",
    JOB_STORY + "Anna Kerr said she learned on Friday that she had been suspended.",
])
def test_a_suspension_in_a_story_of_a_job_is_no_sanction(text, analyse_text, without_rule):
    last = text.split(". ")[-1]
    made = [e for e in without_rule(text).events if e.type == "SANCTION" and e.sentence.strip() == last.strip()]
    assert made
    assert not [e for e in analyse_text(text).events if e.type == "SANCTION" and e.sentence.strip() == last.strip()]


def test_a_party_suspending_its_candidate_stays(analyse_text):
    text = "The Green Party suspended Tom Reed, its candidate in Hull, over his remarks on immigration."
    assert ("SANCTION", "suspended") in type_triggers(analyse_text(text))
