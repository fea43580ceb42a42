"""A participle of speaking set before a verb of saying names the occasion of the remarks (an interview,
a speech, a testimony), not talks with anyone: no CONSULT (extract/trips.py remarks_occasion). Speaking to
someone as the clause's own act stays CONSULT. Sentences of our own."""
from __future__ import annotations

import pytest


def consults(analysis) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Speaking at the trial of his former boss Carl Webb, Tom Reid said he had lied to the auditors.",
    "Speaking at the inquiry into his former employer Harlow Bank, Tom Reid said he had warned the board.",
])
def test_speaking_as_the_occasion_of_remarks_meets_no_one(analyse_text, text):
    assert consults(analyse_text(text)) == []


@pytest.mark.parametrize("text, trigger", [
    ("Mr Blair spoke to President Bush on the telephone on Tuesday.", "spoke"),
    ("The foreign minister is speaking to his Russian counterpart about the crisis.", "speaking"),
])
def test_speaking_to_someone_stays_consult(analyse_text, text, trigger):
    assert consults(analyse_text(text)) == [trigger]
