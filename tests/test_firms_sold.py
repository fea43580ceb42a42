"""A firm, or a part of one (a stake, unit, division, brand), sold to a buyer named after "to" is a deal
between seller and buyer (PLOVER AGREE), as a purchase from a named seller is (object_classes.yaml
`parts_sold`); goods, arms and shares sold to no named firm stay no agreement."""
from __future__ import annotations

import pytest


def agreements(events_named, text):
    return {(subject, obj) for kind, subject, obj in events_named(text) if kind == "AGREE"}


@pytest.mark.parametrize("text, seller, buyer", [
    ("Philips sold its semiconductor division to Kohlberg Kravis Roberts in 2006.", "Philips", "Kohlberg"),
    ("Vodafone sold its Japanese business to SoftBank for $15bn.", "Vodafone", "SoftBank"),
    ("Unilever has sold its stake in the tea firm to Nestle.", "Unilever", "Nestle"),
    ("Siemens is selling its hearing aid unit to EQT, the firm said.", "Siemens", "EQT"),
    ("Cadbury offloaded its drinks business to Kraft last year.", "Cadbury", "Kraft"),
])
def test_a_firm_or_its_part_sold_to_a_named_buyer_is_a_deal_with_it(text, seller, buyer, events_named):
    found = agreements(events_named, text)
    assert any(seller in (s or "") and buyer in (o or "") for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "Russia sold fighter jets to India last year.",          # arms: trade or aid, not a deal for a firm
    "France sold arms to Egypt in March.",                   # "arms" (lemma "arm") is no part of a firm
    "Saudi Arabia sold crude oil to China at a discount.",   # goods
    "Philips sold its semiconductor division last year.",    # no buyer named
    "Nokia sold shares to investors in Helsinki.",           # shares on a market, no named buyer
])
def test_goods_and_sales_with_no_named_buyer_are_no_deal(text, events_named):
    assert not agreements(events_named, text), text
