"""A reported clause that calls an actor one who did a wrong (extract/said_about._wrong_of_its_own): "said
Labour was a government that had failed to tackle crime" charges Labour as "said Labour had failed to tackle
crime" does (PLOVER ACCUSE); a wrong done to it, denied or guessed is none."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Michael Howard said Labour was a government that had failed to tackle crime.", "Michael Howard",
     "Labour Party"),
    ("The Consumers' Association says Vodafone is a company that has misled its customers for years.",
     "Consumers' Association", "Vodafone"),
    ("The Green Party said Exxon was a firm which had polluted the rivers of the delta.", "Green Party", "Exxon"),
])
def test_a_wrong_told_in_a_relative_clause_accuses_the_subject(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "The Consumers' Association says Vodafone is a company that has never misled its customers.",   # denied
    "The Consumers' Association says Vodafone is a company that could mislead its customers.",      # guessed
    "The Consumers' Association says Vodafone is a company that regulators have ignored.",          # done to it
    "The Consumers' Association says Vodafone is a company that has served its customers well.",    # no wrong
])
def test_no_accusation_from_a_relative_clause_without_its_own_wrong(events_named, text):
    assert not {pair for pair in accusations(events_named, text) if None not in pair}
