"""A wrong a speaker gives as the cause of what they say (extract/statements.reasons): "said the euro was in
trouble because Greece had cheated with its statistics" is the speaker's charge against Greece (PLOVER
ACCUSE, blaming); a cause guessed, denied, demanded or only timed ("when") is none."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("EU Commissioner Olli Rehn said the euro was in trouble because Greece had cheated with its statistics.",
     "Olli Rehn", "Greece"),
    # conduct faulted without a wrongdoing verb (judged_conduct.py)
    ("The Scottish National Party said the Scottish economy was struggling because Labour had failed the "
     "people of Scotland.", "Scottish National Party", "Labour Party"),
    # the cause in a quote whose own clause charges no one
    ('"The talks are in trouble because Russia has violated the ceasefire," the European Union said.',
     "European Union", "Russia"),
])
def test_a_wrong_given_as_a_cause_accuses_its_doer(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "EU Commissioner Olli Rehn said the euro was in trouble because Greece could cheat with its statistics.",
    "EU Commissioner Olli Rehn said the euro was strong because Greece had not cheated with its statistics.",
    "EU Commissioner Olli Rehn said the euro was in trouble because Greece must cut its deficit.",
    "EU Commissioner Olli Rehn said the euro was in trouble when Greece had cheated with its statistics.",
    "EU Commissioner Olli Rehn said the euro was strong because Greece had cut its deficit.",
])
def test_no_accusation_from_a_cause_without_a_wrong(events_named, text):
    assert not {pair for pair in accusations(events_named, text) if None not in pair}


def test_a_demand_given_as_a_cause_is_no_request_of_the_speaker(events_named):
    found = events_named("EU Commissioner Olli Rehn said the euro was in trouble because Greece must cut its deficit.")
    assert not any(e[0] == "REQUEST" and e[2] == "Greece" for e in found), found
