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
