"""Vices and failings a reported statement pins on another actor (extract/said_content.py): the speaker
accuses their owner (PLOVER ACCUSE); a failing denied, unattributed or the speaker's own is none."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import table


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


def _data_sentences() -> list[str]:
    return [s for entries in table("owned_failings").values() for s in entries.values()]


@pytest.mark.parametrize("text", _data_sentences())
def test_every_word_of_the_data_has_a_sentence_that_accuses(events_named, text):
    found = accusations(events_named, text)
    assert any(s is not None and o is not None for s, o in found), found


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ('"It is sheer Labour hypocrisy," the Conservative leader Michael Howard said.', "Michael Howard", "Labour Party"),
    ("Unison said the report exposed the complacency of the Department of Health.", "Unison",
     "Department of Health"),
    ("Greenpeace said BP's failure to inspect its pipelines had caused the spill.",
     "Greenpeace", "BP"),
])
def test_a_failing_said_of_another_accuses_its_owner(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "Unison said there had been no complacency at the Department of Health.",             # denied
    "Unison admitted its own complacency over the pay deal.",                               # the speaker's own
    "Unison said the report praised the honesty of the Department of Health.",              # praise
    "Enron's failure shocked investors, the analyst Mark Smith said.",                      # a collapse
    "The coach said England's failure to qualify was a disappointment.",                    # sport, not a duty
    "The hypocrisy of the Labour Party was on show again.",                                 # nobody says it
    "Unison said its members would protest against cuts at the Department of Health.",      # own plans
])
def test_no_accusation_without_another_actor_faulted(events_named, text):
    failings = {w for entries in table("owned_failings").values() for w in entries}
    found = {e for e in events_named(text, "trigger") if e[0] == "ACCUSE" and e[3].lower() in failings}
    assert not found, found


@pytest.mark.parametrize("text, sides", [
    # help said to be given to an armed group charges the helper (the help stays its own, alleged, event)
    ("The US says Iran is arming Shia militias in Iraq.", ("United States", "Iran")),
    ("India said Pakistan was harbouring the militants.", ("India", "Pakistan")),
    ("Washington said Tehran had funded Hezbollah.", ("United States government", "Iranian government")),
    # arms or money handed to an armed group
    ("Kabul said Islamabad was sending rockets to the Taliban.", ("Afghan government", "Pakistani government")),
    ("Israel said Iran had given millions of dollars to Hezbollah.", ("Israel", "Iran")),
])
def test_help_said_to_be_given_to_an_armed_group_accuses_the_helper(events_named, text, sides):
    got = events_named(text)
    assert sides in {e[1:3] for e in got if e[0] == "ACCUSE"} and any(e[0] == "AID" for e in got), got


@pytest.mark.parametrize("text", [
    "The United States said it was arming the rebels.",      # the speaker's own help
    "The UN said Britain was training Iraqi police.",        # police are no armed group
    "Iran is arming Shia militias in Iraq, the reporter Tom Walsh reported.",   # a report sources the help
    "Kabul said Islamabad was sending envoys to the Taliban.",   # people sent to talk, no arms or money
])
def test_help_of_ones_own_or_to_a_state_force_accuses_no_one(events_named, text):
    assert not accusations(events_named, text)
