"""An air force's craft are a side in literal violence (security_nouns in data/lexicon/words/sense.yaml):
their bombing of a market is an attack, not a market's word. Sentences of our own."""
from __future__ import annotations

from named_events import named_sides


def test_the_bombing_of_a_market_by_jets_is_an_attack(analyse_text):
    got = named_sides(analyse_text("Dozens died in the bombing of a market in Nyala by Sudanese government jets."), "ASSAULT")
    assert got


def test_a_product_hitting_the_market_is_still_no_attack(analyse_text):
    assert not named_sides(analyse_text("Boeing's new jet hit the market in 2019."), "ASSAULT")
