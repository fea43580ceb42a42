"""A deal between firms agreed or offered takes the firm it is with as its other side: the firm bought,
its owner, the one bought from, or the firm an offer is "for" (extract/deal_parties.py); trade with no
firm named, and agreeing with an opinion, stay no AGREE event."""
from __future__ import annotations

import pytest


def agreements(events_named, text):
    return {(subject, obj) for kind, subject, obj in events_named(text) if kind == "AGREE"}


@pytest.mark.parametrize("text, maker, side", [
    ("General Motors has agreed to buy Daewoo Motor for $9bn.", "General Motors", "Daewoo"),
    ("Toyota signed a deal to buy the truck unit of Volkswagen last week.", "Toyota", "Volkswagen"),
    ("Ryanair has signed a deal to acquire 20 jets from Boeing.", "Ryanair", "Boeing"),
    ("Microsoft has offered $4bn for Yahoo, the internet group.", "Microsoft", "Yahoo"),
    ("Ford agreed to terms with General Motors on the sale of its plant.", "Ford", "General Motors"),
])
def test_a_deal_with_a_named_firm_is_an_agreement_with_it(text, maker, side, events_named):
    found = agreements(events_named, text)
    assert any(maker in (s or "") and side in (o or "") for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "General Motors has agreed to buy new robots.",        # trade with no side named
    "The firm agreed to sell its stake for $2bn.",
    "Mr Clarke agreed that the weather was poor.",              # an opinion shared
    "Wayne Rooney signed autographs for fans.",
    "General Motors agreed to terms that its workers had rejected.",
])
def test_trade_and_opinion_are_no_agreement(text, events_named):
    assert not agreements(events_named, text), text


@pytest.mark.parametrize("text, maker, side", [
    ("Oracle completed its acquisition of PeopleSoft in January.", "Oracle", "PeopleSoft"),
    ("Lafarge's merger with Vodafone created a giant.", "Lafarge", "Vodafone"),
])
def test_an_acquisition_or_merger_between_named_firms_is_an_agreement(text, maker, side, events_named):
    found = agreements(events_named, text)
    assert any(maker in (s or "") and side in (o or "") for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "Turkey's bid for EU membership stalled.",                   # a bid for membership, not for a firm
    "Chelsea's bid for the striker Didier Drogba was accepted.",  # a player, not a firm
    "Iran's acquisition of nuclear technology worried Israel.",
    "The rebels' buyout of the state broadcaster ZNBC alarmed the government.",   # an armed side
])
def test_acquisitions_of_no_firm_and_by_force_are_no_agreement(text, events_named):
    assert not agreements(events_named, text), text


def test_an_offer_a_firm_considers_is_made_to_that_firm(events_named):
    found = agreements(events_named, "The board of Cadbury is considering an offer from Kraft.")
    assert any("Kraft" in (s or "") and "Cadbury" in (o or "") for s, o in found), found


def test_a_contract_or_tender_won_by_a_firm_is_news_alone(events_named):
    found = agreements(events_named, "The German engineering firm Siemens won the tender to build the railway.")
    assert any("Siemens" in (s or "") for s, _ in found), found
    assert not agreements(events_named, "Microsoft won the award for best software.")


@pytest.mark.parametrize("text", [
    "Norvik Telecom signed a contract for the new mobile network in September.",
    "Kestrel Energy has signed a contract to develop the Marra oil field.",
])
def test_a_contract_signed_by_a_firm_is_its_agreement(text, analyse_text):
    # the other side of a signed contract often goes unsaid, as with one won (deal_parties.contract_signed)
    assert any(e.type == "AGREE" and e.subject is not None for e in analyse_text(text).events), text


@pytest.mark.parametrize("text", [
    "Norvik Telecom is expected to sign a contract for the new mobile network.",   # to come
    "Norvik Telecom has not signed a contract for the new mobile network.",       # not signed
    "Delays in signing new contracts hurt Norvik Telecom.",                        # in view, no signer
])
def test_a_contract_not_yet_signed_is_no_agreement(text, analyse_text):
    assert not [e for e in analyse_text(text).events if e.type == "AGREE" and not e.negated], text


@pytest.mark.parametrize("text, maker, side", [
    ("Halliburton agreed to pay $7m to the Securities and Exchange Commission to settle accounting charges.",
     "Halliburton", "Securities and Exchange Commission"),
    ("Xerox paid the Securities and Exchange Commission $10m last year to settle charges that it inflated sales.",
     "Xerox", "Securities and Exchange Commission"),
])
def test_a_settlement_paid_to_a_body_is_agreed_with_it(text, maker, side, events_named):
    found = agreements(events_named, text)
    assert any(maker in (s or "") and side in (o or "") for s, o in found), (text, found)
