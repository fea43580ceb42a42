"""Lone statements that are news: a political party's leader speaks for a side of a country's politics,
as a minister speaks for its government (extract/political_offices.py office_holders), so a lone
statement by one the text names as a party's leader is kept; the same words from a firm's chief are
not. And a person's demand that names its matter ("an inquiry into the deaths") is kept, a bare one not."""
from __future__ import annotations

import pytest

from named_events import typed_sides


@pytest.mark.parametrize("text, etype", [
    ("Tory leader Daniel Marsh visited Bristol on Monday. Mr Marsh demanded an inquiry into the rail contracts.",
     "REQUEST"),
    ("Liberal Democrat leader Ruth Kendal spoke in Hull. The cuts to rural buses are unfair, Ms Kendal said.",
     "ACCUSE"),
    ("Labour leader Owen Pryce toured a hospital in Cardiff. Mr Pryce opposed the sale of the water board.",
     "REJECT"),
])
def test_a_party_leaders_lone_statement_is_news(text, etype, events_named):
    assert any(obj is None for _, obj in typed_sides(events_named(text), etype)), text


@pytest.mark.parametrize("text, etype", [
    ("Tesco chief Daniel Marsh visited Bristol on Monday. Mr Marsh opposed the sale of the water board.", "REJECT"),
    ("Daniel Marsh visited Bristol on Monday. Mr Marsh opposed the sale of the water board.", "REJECT"),
])
def test_a_private_persons_is_not(text, etype, events_named):
    assert not typed_sides(events_named(text), etype), text


@pytest.mark.parametrize("text", [
    "Campaigner Rosa Lind demanded an inquiry into the hospital deaths.",
    "Rosa Lind called for the release of the two journalists held in Yemen.",
    "The victim's father appealed for an investigation into the shooting.",
])
def test_a_persons_demand_that_names_its_matter_is_news(text, events_named):
    """A person's lone demand of an inquiry into something or the release of someone says what is
    demanded (extract/keep.py what_it_concerns)."""
    assert typed_sides(events_named(text), "REQUEST"), text


@pytest.mark.parametrize("text", [
    "Rosa Lind demanded assurances.",
    "Rosa Lind called for an inquiry.",
    "Rosa Lind ordered an investigation into the leak.",   # decided, not demanded of anyone
])
def test_a_persons_bare_demand_is_not(text, events_named):
    assert not typed_sides(events_named(text), "REQUEST"), text


@pytest.mark.parametrize("text", [
    "Rosa Lind called for more help for hill farmers.",            # what the help is for
    "Rosa Lind has called for measures to protect the coastline.",  # what the measures are to do
    "The National Farmers Union is calling for an end to the import quotas.",   # a body, whatever it asks
])
def test_a_call_for_a_thing_with_its_matter_is_a_request(text, events_named):
    assert typed_sides(events_named(text), "REQUEST"), text


@pytest.mark.parametrize("text", [
    "Rosa Lind called for a taxi after the dinner.",
    "Rosa Lind called for an ambulance after the crash.",
    "The new timetable calls for three more trains a day.",        # a plan's terms: no one asks
    "The figures beat an OECD target that calls for 40% access by 2030.",   # a body's target, not the body
    "Spain missed a NATO target that calls for 2% of output on defence.",   # a known body's target
    "The EU's deadline calls for the plants to close by 2035.",            # a body's terms ask no one
])
def test_a_call_for_a_taxi_or_by_a_plan_is_no_request(text, events_named):
    assert not typed_sides(events_named(text), "REQUEST"), text


def test_a_for_phrase_before_the_verb_is_no_thing_called_for(events_named):
    # "for" its service, not the thing asked: only the staff called on are asked (a request with its other side)
    sides = typed_sides(events_named("For its new savings service, Lloyds is calling on branch staff to answer questions."),
                        "REQUEST")
    assert all(obj is not None for _, obj in sides), sides
