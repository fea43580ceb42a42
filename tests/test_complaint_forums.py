"""Where a complaint is lodged is not whom it is against (extract/complaint_forums.py): a body that
hears complaints named after "with" or "to" is the forum, and an addressee yields to the one the
complaint is against. Sentences are our own."""
from __future__ import annotations

import pytest


def accused(events_named, text: str) -> set[tuple[str, str]]:
    return {(s, o) for t, s, o in events_named(text) if t == "ACCUSE"}


@pytest.mark.parametrize("text, forum", [
    ("The farmer lodged a complaint with the police about his neighbour.", "police"),
    ("Ms Okafor has lodged a complaint with the Equal Employment Opportunity Commission.",
     "Equal Employment Opportunity Commission"),
    ("The actress complained to the press regulator about the article.", "press regulator"),
    ("The prisoner complained in letters to a Texas newspaper that his cell was too small.", "Texas newspaper"),
])
def test_a_forum_that_hears_a_complaint_is_not_its_target(events_named, text, forum):
    assert not {o for _, o in accused(events_named, text)} & {forum}


@pytest.mark.parametrize("text, pair", [
    ("Iran lodged a complaint with the United Nations against Israel.", ("Iran", "Israel")),
    ("Japan complained to the World Trade Organization about China's ban on seafood.", ("Japan", "China")),
])
def test_the_one_a_complaint_is_against_wins_over_its_addressee(events_named, text, pair):
    assert pair in accused(events_named, text)


@pytest.mark.parametrize("text, pair", [
    ("Vietnam lodged a protest with China over the survey ship.", ("Vietnam", "China")),
    ("Russia complained to Norway about the arrest of its trawler.", ("Russia", "Norway")),
])
def test_a_state_a_protest_is_addressed_to_is_its_target(events_named, text, pair):
    assert pair in accused(events_named, text)
