"""Session 49 (objects49): a party's members in a body are a part of the party (extract/relations.py). One who
leads them ("Labour leader in the Lords", "leader of the Conservative group in the European Parliament", "head
of the Liberal Democrat delegation") is a member of the party, not the leader of the party or of the body
they sit in; the leader of the party itself stays its leader."""
from __future__ import annotations


def rows(events) -> set[tuple]:
    return {e[:3] for e in events if e[0] in ("LEADERSHIP", "AFFILIATION")}


def test_a_party_leader_in_a_house_is_a_member_of_the_party(events_named):
    found = rows(events_named("Lord Hale, Labour leader in the Lords, said the bill was flawed."))
    assert ("AFFILIATION", "Hale", "Labour Party") in found, found
    assert not any(e[0] == "LEADERSHIP" for e in found), found


def test_the_leader_of_a_party_group_is_a_member_of_the_party(events_named):
    found = rows(events_named("Anna Reid, leader of the Conservative group in the European Parliament, backed the plan."))
    assert ("AFFILIATION", "Anna Reid", "Conservative Party") in found, found
    assert not any(e[2] == "European Parliament" for e in found), found
    found = rows(events_named("Ed Kent, head of the Liberal Democrat delegation in Brussels, said the plan was flawed."))
    assert ("AFFILIATION", "Ed Kent", "Liberal Democrats") in found, found


def test_the_leader_of_the_party_itself_leads_it(events_named):
    found = rows(events_named("Ann Lowe, leader of the Green Party, said the plan was flawed."))
    assert ("LEADERSHIP", "Ann Lowe", "Green Party") in found, found
    found = rows(events_named("The Labour spokeswoman on health, Jane Kerr, said the plan was flawed."))
    assert ("AFFILIATION", "Jane Kerr", "Labour Party") in found, found
