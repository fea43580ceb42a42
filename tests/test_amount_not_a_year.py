"""A year before a noun is no sum (extract/sense_cooperative.amount): "Russia's 2009 gas price" is
read as "Russia's gas price" is, while "a $5bn deal" names money. Sentences written for this test."""
from __future__ import annotations

import pytest

from named_events import event_keys


@pytest.mark.parametrize("with_year, without", [
    ("Ukraine accepted Russia's 2009 gas price.", "Ukraine accepted Russia's gas price."),
    ("Gazprom offered the 2006 price to Ukraine.", "Gazprom offered the price to Ukraine."),
])
def test_a_year_on_the_thing_acted_on_changes_nothing(analyse_text, with_year, without):
    assert event_keys(analyse_text(with_year)) == event_keys(analyse_text(without))


def test_a_sum_still_makes_an_offer(analyse_text):
    assert any(e.type == "AGREE" for e in analyse_text("Gazprom offered $5bn to Ukraine.").events)
