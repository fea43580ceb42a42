""""The two sides" are the pair that acts, not the last pair a phrase names: a pair joined as a
subject, by "between" or by a verb comes before names listed after another word ("aid to X and
Y"). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pair", [
    ("The US and the EU stepped back from a dispute over aid to Airbus and Boeing. "
     "The two sides agreed to reopen talks.", {"United States", "European Union"}),
    ("France met Germany on Monday over payments to Renault and Siemens. The two sides agreed to meet again.",
     {"France", "Germany"}),
    ("Talks between Norway and Iceland resumed on Monday. The two countries agreed to cut quotas.",
     {"Norway", "Iceland"}),
])
def test_the_two_sides_are_the_pair_that_acts(events_named, text, pair):
    assert any(t == "AGREE" and {s, o} == pair for t, s, o in events_named(text))


def test_a_listed_pair_is_still_taken_when_no_pair_acts(events_named):
    text = "Regulators approved loans to Renault and Siemens. The two companies agreed to repay them by May."
    assert any(t == "AGREE" and {s, o} == {"Renault", "Siemens"} for t, s, o in events_named(text))
