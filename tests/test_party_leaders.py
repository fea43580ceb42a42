"""A political party's leader speaks for a side of a country's politics, as a minister speaks for its
government (extract/political_offices.py office_holders): a lone statement by one the text names as
a party's leader is political news; the same words from the leader of a firm or a club are not."""
from __future__ import annotations

import pytest


def kinds(events_named, text, etype):
    return {(subject, obj) for kind, subject, obj in events_named(text) if kind == etype}


@pytest.mark.parametrize("text, etype", [
    ("Tory leader Daniel Marsh visited Bristol on Monday. Mr Marsh demanded an inquiry into the rail contracts.",
     "REQUEST"),
    ("Liberal Democrat leader Ruth Kendal spoke in Hull. The cuts to rural buses are unfair, Ms Kendal said.",
     "ACCUSE"),
    ("Labour leader Owen Pryce toured a hospital in Cardiff. Mr Pryce opposed the sale of the water board.",
     "REJECT"),
])
def test_a_party_leaders_lone_statement_is_news(text, etype, events_named):
    assert any(obj is None for _, obj in kinds(events_named, text, etype)), text


@pytest.mark.parametrize("text, etype", [
    ("Tesco chief Daniel Marsh visited Bristol on Monday. Mr Marsh demanded an inquiry into the rail contracts.",
     "REQUEST"),
    ("Daniel Marsh visited Bristol on Monday. Mr Marsh opposed the sale of the water board.", "REJECT"),
])
def test_a_private_persons_is_not(text, etype, events_named):
    assert not kinds(events_named, text, etype), text
