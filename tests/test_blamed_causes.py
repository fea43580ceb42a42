"""Blame told as cause (extract/blamed_causes.py): a speaker who says a harm was caused by another actor,
was the result or the fault of it or of what it did, or that the actor was at fault, accuses that actor
(PLOVER ACCUSE); a harm put down to things of nobody's making, or a cause denied, accuses no one."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("The Louisiana Shrimp Association said the oil spill was caused by BP.", "Louisiana Shrimp Association", "BP"),
    ("The Scottish National Party said the housing crisis was caused by Labour's planning rules.",
     "Scottish National Party", "Labour Party"),
    ("Greenpeace said the fish deaths were the direct result of Shell's drilling.", "Greenpeace", "Shell"),
    ("The Liberal Democrats said the collapse of the talks was the fault of the Conservative Party.",
     "Liberal Democrats", "Conservative Party"),
    ("The Royal College of Nursing said the Department of Health was at fault.", "Royal College of Nursing",
     "Department of Health"),
    # the maker of the thing named as cause: whoever it is, someone is accused
    ("Oxfam said the famine had stemmed from the Ethiopian government's blockade of Tigray.", "Oxfam", None),
])
def test_a_harm_put_down_to_an_actor_accuses_it(events_named, text, accuser, accused):
    found = accusations(events_named, text)
    if accused is None:
        assert any(s == accuser and o is not None for s, o in found), found
    else:
        assert (accuser, accused) in found, found


@pytest.mark.parametrize("text", [
    "Airport officials said the delays were caused by heavy fog over the Channel.",
    "The Scottish National Party said the housing crisis was not caused by Labour's planning rules.",
    "Analysts at Barclays said the rise in sales was the result of Apple's new phone.",
    "The Scottish National Party said the crisis may have been caused by Labour's planning rules.",
])
def test_no_blame_without_a_harm_an_actor_and_a_plain_statement(events_named, text):
    assert not accusations(events_named, text)
