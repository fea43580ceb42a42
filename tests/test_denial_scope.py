"""A denial negates what it denies (its content clause), not a clause of time or cause beside it nor
another act joined to it (attribution's walk, clause_walk.beside_denial). Sentences of our own."""
from __future__ import annotations

from named_events import named_sides


def test_a_clause_of_time_beside_a_dismissal_keeps_its_own_polarity(analyse_text):
    found = analyse_text("As Labour leader Tony Blair opened the conference in Brighton, Conservative leader "
                         "Michael Howard dismissed the government as tired.")
    assert all(not neg for _, _, neg in named_sides(found, "LEADERSHIP", "negated"))
    found = analyse_text("When police arrested the protesters, the mayor rejected their demands.")
    assert named_sides(found, "COERCE", "negated") and all(not neg for _, _, neg in named_sides(found, "COERCE", "negated"))


def test_an_act_joined_to_a_denial_is_not_denied(analyse_text):
    found = analyse_text("The interior ministry denied the report and detained two journalists in Minsk.")
    assert named_sides(found, "COERCE", "negated") and all(not neg for _, _, neg in named_sides(found, "COERCE", "negated"))


def test_the_content_of_a_denial_stays_negated(analyse_text):
    found = analyse_text("The ministry denied that police had detained the two journalists.")
    assert named_sides(found, "COERCE", "negated") and all(neg for _, _, neg in named_sides(found, "COERCE", "negated"))
    found = analyse_text("Sudan denied that its jets bombed the refugee camp.")
    assert named_sides(found, "ASSAULT", "negated") and all(neg for _, _, neg in named_sides(found, "ASSAULT", "negated"))
