"""Firms' names a firm buys, acquires or merges with that the recogniser left untagged or tagged as a person
or place (resolve/missed_firms.deal_object_firms), and a stake "in" or "of" a named firm bought making the
deal with that firm (extract/deal_parties.stake_in). Sentences and names are our own."""
from __future__ import annotations

import pytest


def agreements(events_named, text):
    return {(s, o) for t, s, o in events_named(text) if t == "AGREE"}


@pytest.mark.parametrize("text, maker, side", [
    ("Last spring Oracle bought Quenton Labs for $400m.", "Oracle", "Quenton Labs"),
    ("Microsoft acquired Vellami Universal in a share deal.", "Microsoft", "Vellami Universal"),
    ("Siemens took over Brantwick Systems after a long fight.", "Siemens", "Brantwick Systems"),
    ("Unilever is buying a 30% stake in Darjan Holdings of India.", "Unilever", "Darjan"),
    ("Barclays bought 100% of Korvane Bank last year.", "Barclays", "Korvane Bank"),
])
def test_a_firm_bought_by_name_is_the_deals_side(text, maker, side, events_named):
    found = agreements(events_named, text)
    assert any(maker in (s or "") and side in (o or "") for s, o in found), (text, found)


@pytest.mark.parametrize("text, word", [
    # a person the story names with a given name is a player bought, no firm
    ("Carlo Rienzi scored twice. Juventus bought Rienzi for 20m euros.", "Rienzi"),
    # one word the recogniser gives a person is a surname
    ("Juventus bought Santo Ferrer for 20m euros.", "Ferrer"),
    # a name opening with a given name is a person's
    ("Chelsea bought Michael Torvane from Lyon.", "Michael Torvane"),
    # a work's title bought by a broadcaster, no firm
    ("The broadcaster CBX bought Voyage into Darkness for $900.", "Voyage"),
    # a place the gazetteer knows stays a place
    ("The Russian firm Gazprom bought gas from Ukraine.", "Ukraine"),
])
def test_a_person_or_place_bought_is_no_firm(text, word, events_named):
    assert not any(word in (o or "") for _, o in agreements(events_named, text)), (text, agreements(events_named, text))


@pytest.mark.parametrize("text, maker, side", [
    # selling one's own stake deals with the buyer, not the firm the stake is in
    ("Vodafone sold its 10% stake in Kestrel Telecom to a fund.", "Vodafone", "Kestrel Telecom"),
])
def test_ones_own_stake_sold_is_no_deal_with_its_firm(text, maker, side, events_named):
    found = agreements(events_named, text)
    assert not any(maker in (s or "") and side in (o or "") for s, o in found), (text, found)
