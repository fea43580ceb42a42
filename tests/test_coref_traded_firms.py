"""A subject made of a firm's stock ("Shares in Tesco", "Tesco shares") stands for the firm: business news
tells a firm's share moves as its news, so a later "it" takes the firm (resolve/things.traded_owners,
resolve/antecedents.Antecedents.traded_firm). Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("Shares in Tesco rose 4% on Monday after it said it would buy Booker.", ("AGREE", "Tesco", "Booker")),
    ("Shares of Vodafone jumped on reports that it had held merger talks with Deutsche Telekom.",
     ("CONSULT", "Vodafone", "Deutsche Telekom")),
    ("Tesco shares rose after it agreed to buy Booker.", ("AGREE", "Tesco", "Booker")),
])
def test_it_after_a_firms_shares_is_the_firm(text, event, events_named):
    assert event in events_named(text)


def test_a_firm_named_in_the_clause_of_it_still_comes_first(events_named):
    # the nearer subject is the topic: "Vodafone said it" is Vodafone's act, not Tesco's
    found = events_named("Shares in Tesco fell after Vodafone said it would buy Orange.")
    assert ("AGREE", "Vodafone", "Orange") in found
    assert not [e for e in found if e[1] == "Tesco"]


def test_shares_in_a_place_give_no_firm(resolved_name):
    assert resolved_name("Shares in Asia fell after it emerged that the bank had cut rates.", "it") is None
