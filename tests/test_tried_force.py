"""Violence tried is violence done (extract/tried_force.py): a try at violence is an act of violence, not
a mere possibility; other acts tried (a restraint, a deal), and tries still to come, stay possible."""
import pytest


def certainties(analysis, event_type: str) -> list[str]:
    return [e.certainty for e in analysis.events if e.type == event_type and not e.negated]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Riot police in Tbilisi tried to disperse the marchers with water cannon.", "ASSAULT"),
    ("Gunmen were attempting to hijack a fuel tanker off Lagos when a navy patrol arrived.", "ASSAULT"),
])
def test_force_tried_is_done(analyse_text, text, event_type):
    found = certainties(analyse_text(text), event_type)
    assert found and "possible" not in found, found


def test_force_tried_keeps_its_source(analyse_text):
    found = certainties(analyse_text("Police said the gang had tried to kill a witness in Durban."), "ASSAULT")
    assert found == ["reported"], found


@pytest.mark.parametrize(("text", "event_type"), [
    ("The rebels will try to capture the airport next week.", "ASSAULT"),           # a try to come
    ("Soldiers tried to arrest the opposition leader at his home in Harare.", "COERCE"),   # may have failed
    ("Ghana is trying to sign a loan deal with China this year.", "AGREE"),           # not force: a goal
    ("The Senate tried to shoot down the budget bill in March.", "REJECT"),          # a force verb in another sense
])
def test_other_tries_stay_possible(analyse_text, text, event_type):
    found = certainties(analyse_text(text), event_type)
    assert found and all(c == "possible" for c in found), found
