"""A statement by a person or firm outside the gazetteer, with no other side, is kept where its matter
says what it is about (extract/keep.py matter_with_content): a judgement of a thing, or a noun with the
clause or act it stands for. A bare noun stays too vague alone. Sentences of our own."""
from __future__ import annotations


def lone(analysis, event_type):
    return [e.trigger for e in analysis.events if e.type == event_type and e.object is None]


def test_a_judgement_of_a_thing_is_an_accusation(analyse_text):
    assert lone(analyse_text("Mr Dawson called the proposal disgraceful."), "ACCUSE") == ["disgraceful"]


def test_a_demand_with_the_clause_it_asks_for_is_a_request(analyse_text):
    found = analyse_text("Ms Okafor demanded assurances that the money would not be spent on weapons.")
    assert lone(found, "REQUEST") == ["demanded"]


def test_questions_about_whether_a_wrong_was_done_are_an_accusation(analyse_text):
    found = analyse_text("Mr Dalby raised questions about whether the money had been misused.")
    assert lone(found, "ACCUSE")


def test_a_bare_noun_is_still_too_vague(analyse_text):
    assert not lone(analyse_text("Ms Okafor demanded assurances."), "REQUEST")
    assert not lone(analyse_text("Mr Dalby rejected the plan unveiled in May."), "REJECT")

