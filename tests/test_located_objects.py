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


def test_a_described_attacker_is_not_given_to_a_bare_attack_noun_beside_a_named_person(analyse_text):
    """"A man suspected of shooting ... Police found John Carter near the bank where the shooting took
    place": the man is likely John Carter, named now; the description does not stand in for him
    (story_attackers.named_here). With no person named, the story's attacker stays ("the shooting
    followed a long dispute")."""
    named = analyse_text("A man suspected of shooting two customers at a Leeds bank was arrested on Friday, police "
                         "said. Police said they had found John Carter, 41, near the bank where the shooting took place.")
    assert not [e for e in named.events if e.type == "ASSAULT" and "John Carter" in e.sentence]
    bare = analyse_text("A woman shot two neighbours in Dayton on Sunday. Police said the shooting followed a long dispute.")
    assert [e for e in bare.events if e.type == "ASSAULT" and e.trigger == "shooting" and e.subject is not None]
