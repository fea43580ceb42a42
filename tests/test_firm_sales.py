"""A firm, a part of a firm or a stake sold to a named buyer is AGREE from the seller to the buyer, the
seller unsaid in the passive; goods, arms and players sold are no such deal (extract/firm_sales.py)."""
from __future__ import annotations

import pytest


def agreements(events_named, text):
    return {(subject, obj) for kind, subject, obj in events_named(text) if kind == "AGREE"}


@pytest.mark.parametrize("text, seller, buyer", [
    ("General Motors sold its Hughes unit to News Corp for $6.6bn.", "General Motors", "News Corp"),
    ("The department store chain was sold to a consortium led by Philip Green.", None, "Philip Green"),
])
def test_a_firm_or_its_part_sold_to_a_named_buyer_is_a_deal_with_it(text, seller, buyer, events_named):
    found = agreements(events_named, text)
    assert any((seller is None and s is None or seller in (s or "")) and buyer in (o or "") for s, o in found), found


@pytest.mark.parametrize("text", [
    "Iran sold oil to China last year.",                        # goods
    "Arsenal sold the striker Nicolas Anelka to Real Madrid.",   # a player
    "Russia sold fighter jets to India.",                        # arms
])
def test_goods_arms_and_players_sold_are_no_firm_deal(text, events_named):
    assert not any(kind == "AGREE" for kind, *_ in events_named(text)), text
