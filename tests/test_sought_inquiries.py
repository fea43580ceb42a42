"""An inquiry demanded into an actor's conduct accuses that actor (extract/sought_inquiries.py); the
demand stays a request. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, accused", [
    # the inquiry noun asked for, into the actor named
    ("Labour demanded an inquiry into the conduct of Tesco.", ("Labour Party", "Tesco")),
    # the investigating verb the one asked would do
    ("The union urged the regulator to investigate British Airways.", ("union", "British Airways")),
    # an inquiry opened by the one asked, into an outlet
    ("The Conservatives called on the government to launch an inquiry into the BBC.",
     ("Conservative Party", "BBC")),
    # the owner of the thing investigated
    ("Greenpeace asked the commission to investigate Shell's drilling in the Arctic.", ("Greenpeace", "Shell")),
])
def test_a_demanded_inquiry_into_an_actor_accuses_it(events_named, text, accused):
    got = events_named(text)
    assert ("ACCUSE", *accused) in got, got


def test_the_demand_stays_a_request_beside_the_accusation(events_named):
    got = events_named("The union urged the regulator to investigate British Airways.")
    assert ("REQUEST", "union", "regulator") in got, got
    # the doer of an act whose investigation is demanded is accused
    got = events_named("Kofi Annan called for an independent investigation of the Israeli strikes.")
    assert ("ACCUSE", "Kofi Annan", "Israel") in got, got


@pytest.mark.parametrize("text", [
    "Residents called for an inquiry into the crash.",              # a thing, no actor to accuse
    "Vodafone said it would investigate the outage.",                # no demand
    "The unions called for an inquiry into pay.",
])
def test_an_inquiry_into_no_actor_or_not_demanded_accuses_no_one(events_named, text):
    got = events_named(text)
    assert not any(e[0] == "ACCUSE" for e in got), got
