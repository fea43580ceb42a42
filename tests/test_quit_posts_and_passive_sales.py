"""Business acts in words the lexicon lacked (session 51, recall51): a post left in the words of "quit
as" (PLOVER RETREAT, mode resign, as "resigned as"), and a firm or a part of one sold in the passive to
a named buyer, its seller unsaid or named as the owner of what was sold (PLOVER AGREE, the deal between
seller and buyer, as a purchase with its buyer named)."""
from __future__ import annotations

import pytest


def kinds(events, type_: str) -> set[tuple]:
    return {(e[1], e[2]) for e in events if e[0] == type_}


def test_a_post_quit_is_a_resignation(events_named):
    found = events_named("Mr Okafor quit as chief executive of Delmont Foods in March.")
    assert ("Okafor", None) in {(s.split()[-1] if s else s, o) for s, o in kinds(found, "RETREAT")}


@pytest.mark.parametrize("text", [
    "Mr Okafor quit smoking in March.",                                   # a habit, no post
    "The unions urged Mr Okafor to quit as chief executive of Delmont Foods.",   # asked, not done
])
def test_a_habit_quit_or_a_resignation_asked_is_none(events_named, text):
    assert kinds(events_named(text), "RETREAT") == set()


def test_a_firm_sold_to_a_named_buyer_is_a_deal_with_the_buyer(events_named):
    found = events_named("The Brackwater steel plant was sold for $300m to the Korean firm Hanmi Steel.")
    assert (None, "Hanmi Steel") in kinds(found, "AGREE")



def test_the_owner_of_the_part_sold_is_the_seller(events_named):
    found = events_named("Velmar's shipping division has been sold to Stavholt Shipping.")
    assert ("Velmar", "Stavholt Shipping") in kinds(found, "AGREE")


@pytest.mark.parametrize("text", [
    "The new software can be sold to hospitals and schools.",      # goods, no firm sold, no buyer named
    "The Brackwater steel plant was sold last year.",               # no buyer named
])
def test_goods_or_a_sale_to_no_one_named_is_no_deal(events_named, text):
    assert kinds(events_named(text), "AGREE") == set()
