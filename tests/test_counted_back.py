""""The three", "the nine" as a side: the group the story just counted with that number; none where
the number counts out of something or two groups had it. Sentences are our own."""
from __future__ import annotations


def test_the_three_are_the_three_men_arrested(events_named):
    found = events_named("Police arrested three men and two women in Leeds on Monday. "
                         "The three were charged with robbery on Tuesday.")
    assert any(t == "ACCUSE" and o == "men" for t, _, o in found), found


def test_a_number_given_to_two_groups_stays_open(events_named):
    found = events_named("Police arrested three men and three women in Leeds on Monday. "
                         "The three were charged with robbery on Tuesday.")
    assert not any(t == "ACCUSE" and o in ("men", "women") for t, _, o in found), found


def test_a_number_without_its_group_names_no_one(events_named):
    found = events_named("The three were charged with robbery on Tuesday.")
    assert not any(t == "ACCUSE" and o for t, _, o in found), found
