"""The maker of an offer refused or accepted is the other side of the refusal or acceptance: "from" hung by
the parser on the refusing verb itself ("rejecting a higher offer from Qwest", extract/refused_owners.py
`sent_from`), and a buyout accepted from a named firm like an offer or a takeover (statement_proposal_nouns)."""
from __future__ import annotations

import pytest


def sides(events_named, text, etype):
    return {(s, o) for kind, s, o in events_named(text) if kind == etype}


@pytest.mark.parametrize("text, refuser, maker", [
    ("Sprint agreed a $3bn (£1.6bn) merger with Nextel on Monday, rejecting a richer offer from Alltel.", "Sprint", "Alltel"),
])
def test_an_offer_refused_with_from_on_the_verb_is_refused_to_its_maker(text, refuser, maker, events_named):
    found = sides(events_named, text, "REJECT")
    assert any(refuser in (s or "") and maker in (o or "") for s, o in found), (text, found)


@pytest.mark.parametrize("text, acceptor, maker", [
    ("Gillette accepted a $57bn buyout from Procter & Gamble last week.", "Gillette", "Procter"),
])
def test_a_buyout_accepted_from_a_named_firm_is_agreed_with_it(text, acceptor, maker, events_named):
    found = sides(events_named, text, "AGREE")
    assert any(acceptor in (s or "") and maker in (o or "") for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "The Dutch finance minister rejected the plan from the outset.",     # a time, no maker
    "The regulator barred Alltel from the auction in March.",           # no offer refused
])
def test_from_naming_no_maker_gives_no_other_side(text, events_named):
    found = sides(events_named, text, "REJECT")
    assert all(o is None for _, o in found), (text, found)
