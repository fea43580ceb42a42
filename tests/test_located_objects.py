"""Objects that are where an act happened, not whom it was done to (extract/clause_roles.py,
extract/arguments.py). Sentences of our own.

- After a direct object that names people ("killed one", "shot him"), an "at"/"in" phrase says where
  they were: "killed one at the Nigerian consulate" is no attack on Nigeria. After a thing fired or
  thrown ("fired rockets at Israel") the phrase is the target and stays.
- A place noun with an "in" phrase ("a camp in Syria") is the camp, not the state it lies in; "the
  town of X" still names the town."""
from __future__ import annotations

import pytest


def objects(rows, type_: str) -> set:
    return {o for t, _, o in rows if t == type_}


@pytest.mark.parametrize("text, place", [
    ("Gunmen killed one at the Nigerian consulate in Lagos.", "Nigeria"),
    ("The soldier shot him at the Turkish border post.", "Turkey"),
])
def test_a_place_after_people_acted_on_is_no_object(text, place, events_named):
    rows = events_named(text)
    assert "ASSAULT" in {t for t, _, _ in rows}
    assert place not in objects(rows, "ASSAULT")


@pytest.mark.parametrize("text, event", [
    ("Militants fired rockets at Israel.", ("ASSAULT", "militants", "Israel")),
    ("Protesters threw stones at police.", ("ASSAULT", "protesters", "police")),
    ("A gunman shot two people at a busy shopping centre on Friday.", ("ASSAULT", "gunman", "people")),
    ("Troops shelled the town of Sheikh Zuweid.", ("ASSAULT", "troops", "Sheikh Zuweid")),
])
def test_targets_fired_at_and_people_and_named_towns_stay(text, event, events_named):
    assert event in events_named(text)


@pytest.mark.parametrize("text, place", [
    ("Warplanes bombed a camp in Syria on Monday.", "Syria"),
    ("A village in Lebanon was shelled overnight.", "Lebanon"),
])
def test_a_place_noun_is_not_the_country_it_lies_in(text, place, events_named):
    assert place not in objects(events_named(text), "ASSAULT")


def test_a_singular_relative_clause_on_the_last_conjunct_is_about_that_one(events_named):
    """"the victims and Mr Jenkin, who has been charged": Jenkin alone is charged; a plural clause
    ("who were charged") is about all the conjuncts."""
    one = events_named("Police named the victims and Mr Jenkin, who has also been charged with animal cruelty.")
    assert ("ACCUSE", None, "Jenkin") in one and ("ACCUSE", None, "victims") not in one
    both = events_named("Soldiers arrested Ali and Omar, who were later charged with murder.")
    assert {("ACCUSE", None, "Ali"), ("ACCUSE", None, "Omar")} <= both
