"""Whose act it is when a person is described, not named: one MP, employee or boss acts in their own
name, not for the party or firm named before them ("a Green MP criticised ..."), while their plurals,
a state's or an armed body's men still stand for it; a former member no longer does; members sent
from a named body stand for it; and a side the sentence names only by description ("the gang
member", "called on ministers") is that description, not a missing side. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def sides(events_named):
    return events_named


@pytest.mark.parametrize("text, party, person", [
    ("A senior Labour MP criticised the Home Office over its asylum backlog.", "Labour Party", "senior Labour MP"),
    ("A Tory councillor accused Boris Johnson of lying.", "Conservative Party", "Tory councillor"),
    ("A Microsoft employee sued Google over the patent.", "Microsoft", "Microsoft employee"),
])
def test_one_member_of_a_party_or_firm_acts_in_own_name(sides, text, party, person):
    subjects = {s for _, s, _ in sides(text)}
    assert person in subjects and party not in subjects


@pytest.mark.parametrize("text, party", [
    # a party's candidate or nominee speaks for himself, a former one all the more
    ("The Republican nominee accused the president of weakness on trade.", "Republican Party"),
    ("The former Democratic presidential candidate went to the hospital on Monday to apologise to nurses.",
     "Democratic Party"),
])
def test_a_partys_candidate_does_not_act_for_it(sides, text, party):
    assert party not in {s for _, s, _ in sides(text)}


@pytest.mark.parametrize("text, owner", [
    ("An FBI agent arrested the banker at Miami airport.", "Federal Bureau of Investigation"),
    ("A Hamas commander threatened Israel with new rocket fire.", "Hamas"),
    ("Republican candidates accused the president of weakness on trade.", "Republican Party"),
])
def test_plurals_and_members_of_state_or_armed_bodies_still_stand_for_them(sides, text, owner):
    assert owner in {s for _, s, _ in sides(text)}


def test_a_former_member_no_longer_stands_for_the_body(sides):
    found = sides("Police arrested a former FBI agent in Denver on Tuesday.")
    objects = {o for _, _, o in found}
    assert "former FBI agent" in objects and "Federal Bureau of Investigation" not in objects


def test_a_serving_office_holder_of_a_body_is_still_its_side(sides):
    found = sides("Kenya has asked the World Bank director to extend the loan.")
    assert any(t == "REQUEST" and o == "World Bank" for t, _, o in found), found


def test_members_sent_from_a_named_group_stand_for_it(sides):
    found = sides("Twelve protesters from Greenpeace were arrested after climbing the power station chimney.")
    assert any(t == "COERCE" and o == "Greenpeace" for t, _, o in found)


@pytest.mark.parametrize("text, subject, obj", [
    ("The gang member stabbed Tom Redding outside a bar in Leeds.", "gang member", "Tom Redding"),
    ("Greenpeace called on ministers to publish the report.", "Greenpeace", "ministers"),
    ("Angela Merkel urged African leaders to open their markets.", "Angela Merkel", "African leaders"),
    ("The Liberal Democrats accused the prime minister of misleading voters.", "Liberal Democrats", "prime minister"),
])
def test_a_side_named_only_by_description_is_that_description(sides, text, subject, obj):
    assert any(s == subject and o == obj for _, s, o in sides(text)), sides(text)


@pytest.mark.parametrize("text", [
    "Many ministers criticised the plan.",           # how many, not who
    "Gunmen killed two soldiers near Gao.",          # soldiers of no side stay no target
    "The bill would let wardens detain suspects for a week.",   # a bare plural is a kind
])
def test_no_description_for_quantities_kinds_or_collectives(sides, text):
    assert not any(o in ("ministers", "soldiers", "suspects") or s == "ministers" for _, s, o in sides(text))

