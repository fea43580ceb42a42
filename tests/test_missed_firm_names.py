"""Firms' names the recogniser missed, read from the firm noun or the hyphenated base put beside them
(resolve/missed_firms.py), and the named firm taking the side where the parser heads the phrase with the
description or the base (extract/deal_parties.py, extract/arguments.actor_of), or joins a possessed
description to a second one before the name ("its former parent and phone pioneer AT&T": one firm,
extract/arguments.apposed_conjunct). Sentences and names are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind, maker, side", [
    ("Intel agreed to buy the Canadian chipmaker Vortaxa for $5bn.", "AGREE", "Intel", "Vortaxa"),
    ("AMD agreed to buy Toronto-based Vortaxa for $5.4bn.", "AGREE", "AMD", "Vortaxa"),
    ("AMD agreed to buy Markham, Ont-based Vortaxa for $5.4bn.", "AGREE", "AMD", "Vortaxa"),
    ("Microsoft sued the software firm Zorbix over the patents.", "ACCUSE", "Microsoft", "Zorbix"),
])
def test_the_named_firm_is_the_side(text, kind, maker, side, events_named):
    found = {(s, o) for t, s, o in events_named(text) if t == kind}
    assert any(maker in (s or "") and o == side for s, o in found), (text, found)


@pytest.mark.parametrize("text, kind, maker, side", [
    # a description in apposition to the named maker stays its description; the name is the side
    ("Intel, the Santa Clara-based chipmaker, sued AMD over the patents.", "ACCUSE", "Intel", "AMD"),
])
def test_a_description_beside_a_tagged_name_leaves_it_the_side(text, kind, maker, side, events_named):
    found = {(s, o) for t, s, o in events_named(text) if t == kind}
    assert (maker, side) in found, (text, found)


@pytest.mark.parametrize("text, word", [
    ("The company Monday said it would sue Barclays over the fees.", "Monday"),   # a date, no firm
    ("The firm's London office was raided by police on Tuesday.", "London"),      # a place, no firm
    ("Police arrested the club's Manchester fans after the match.", "Manchester"),
])
def test_a_date_or_place_after_a_firm_noun_is_no_firm(text, word, events_named):
    sides = {x for _, s, o in events_named(text) for x in (s, o)}
    assert word not in sides, (text, sides)


@pytest.mark.parametrize("text, kind, maker, side", [
    ("Verizon agreed to buy its former partner and wireless pioneer Sprint for $20bn.", "AGREE", "Verizon", "Sprint"),
    ("Apple sued its supplier and rival Samsung over the patents.", "ACCUSE", "Apple", "Samsung"),
])
def test_a_possessed_description_joined_to_a_named_firm_is_that_firm(text, kind, maker, side, events_named):
    found = {(s, o) for t, s, o in events_named(text) if t == kind}
    assert (maker, side) in found, (text, found)
    assert not any(o and o.startswith("its ") for _, o in found), (text, found)


@pytest.mark.parametrize("text, kind, side", [
    ("Police arrested his wife and daughter Jane Doe on Monday.", "COERCE", "his wife"),   # two people
    ("Apple sued its partner and Samsung over the patents.", "ACCUSE", "its partner"),     # two sides
])
def test_two_parties_joined_by_and_stay_two(text, kind, side, events_named):
    objects = {o for t, _, o in events_named(text) if t == kind}
    assert any(side in (o or "") for o in objects), (text, objects)


@pytest.mark.parametrize("text, name", [
    ("Kelvar shares rose 3% on Monday after it raised its forecast.", "Kelvar"),
    ("Analysts said Brastone shares would recover.", "Brastone"),
])
def test_a_name_compounded_onto_shares_is_a_firm(resolved_entity, text, name):
    ent = resolved_entity(text, name)
    assert ent is not None and ent.type == "ORGANIZATION", ent


def test_a_common_noun_opening_the_sentence_before_shares_is_no_firm(resolved_entity):
    text = "Mining shares rose on Monday. Traders said mining was back in favour."
    assert resolved_entity(text, "Mining") is None


@pytest.mark.parametrize("text, name", [
    ("Bookmaker Kelvar said it would keep taking bets on the final.", "Kelvar"),
    ("Chipmaker Vortaxa said it would open a plant in Dresden.", "Vortaxa"),
])
def test_a_firm_noun_opening_the_sentence_is_no_word_of_the_name(resolved_entity, text, name):
    ent = resolved_entity(text, name)
    assert ent is not None and ent.type == "ORGANIZATION" and ent.name == name, ent
