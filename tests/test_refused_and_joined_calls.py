"""Calls and demands answered or taken up: a named person's refusal of calls that say what they ask
is a refusal with the callers unnamed; joining calls for an act makes the demand one's own; an act
called for with no caller named is not done."""
from __future__ import annotations


def test_a_person_rejecting_calls_for_an_act_is_a_refusal(events_named):
    assert ("REJECT", "John Prescott", None) in events_named("John Prescott rejected calls for his resignation.")
    assert ("REJECT", "Gordon Brown", None) in events_named("Gordon Brown dismissed demands that he step down.")


def test_a_person_rejecting_calls_that_ask_nothing_named_is_no_event(events_named):
    assert not [e for e in events_named("Gordon Brown rejected the calls.") if e[0] == "REJECT"]


def test_joining_calls_for_an_inquiry_is_a_demand_by_the_joiner(events_named):
    assert ("REQUEST", "Peter Hain", None) in events_named("Peter Hain joined calls for an inquiry into the deaths.")
    assert ("REQUEST", "Germany", None) in events_named(
        "Germany joined calls for an investigation into the killings.")


def test_joining_a_body_is_no_demand(events_named):
    assert not [e for e in events_named("Peter Hain joined the Labour Party in 1977.") if e[0] == "REQUEST"]


def test_a_resignation_called_for_by_no_named_caller_is_not_done(events_named):
    found = events_named("Amid calls for Netanyahu to resign, the coalition met on Sunday.")
    assert not [e for e in found if e[0] == "RETREAT"]
