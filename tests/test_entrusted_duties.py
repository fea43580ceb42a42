""""charge" as a duty given, no accusation (extract/everyday.py, entrusted): one "charged with" office work
("overseeing the election", "testing the game") or with a task is given a job, accused of nothing.
Sentences of our own: each non-event sentence gave an ACCUSE before the rule, and a charge laid for an
offence, told by a gerund or a noun, stays one."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text", [
    "The commission charged with overseeing the election said the vote was fair.",
    "Dr Ann Lee, a scientist at Imperial College charged with testing the vaccine, said the results were good.",
    "Mr Patel, the minister charged with reforming the prison service, resigned on Monday.",
    "The German banker charged with the task of regulating the new markets told MPs he needed more staff.",
    "A panel of judges charged with drafting a new code of conduct will report in June.",
])
def test_a_duty_given_is_no_accusation(analyse_text, text):
    got = event_types(analyse_text(text))
    assert "ACCUSE" not in got, got


@pytest.mark.parametrize("text", [
    "Police in Leeds charged the former minister with stealing public funds.",
    "A man charged with running a brothel in Soho appeared before magistrates on Friday.",
    "Two Kenyan officials charged with the murder of a journalist appeared in court in Nairobi.",
    "Prosecutors charged the Italian banker with obstructing the investigation.",
])
def test_a_charge_for_an_offence_stays_an_accusation(analyse_text, text):
    got = event_types(analyse_text(text))
    assert "ACCUSE" in got, got
