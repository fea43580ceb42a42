"""A death named by the violence that caused it, as crime news writes it ("the shooting death of",
"the stabbing death of", "the beating death of"): an attack on the one who died, and the one arrested,
charged or accused in it is its alleged doer (extract/accused_acts.crime). Sentences of our own."""
from __future__ import annotations

import pytest


def attacks(analysis) -> list[tuple[str | None, str | None, str]]:
    """(attacker name, victim name, certainty) of the ASSAULT events of the text."""
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(e.subject), name(e.object), e.certainty) for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, victim", [
    ("Detectives are investigating the shooting death of Marcus Reed in Baltimore.", "Marcus Reed"),
    ("Police found no weapon after the stabbing death of Karen Wells outside a nightclub in Leeds.", "Karen Wells"),
    ("Relatives gathered on Monday, a year after the beating death of Lee Carter in Omaha.", "Lee Carter"),
])
def test_a_death_named_by_its_violence_is_an_attack_on_the_one_who_died(analyse_text, text, victim):
    assert any(v == victim for _, v, _ in attacks(analyse_text(text)))


@pytest.mark.parametrize("text, doer, victim", [
    ("Darnell Hughes was arrested in the shooting death of Kevin Pratt.", "Darnell Hughes", "Kevin Pratt"),
    ("Prosecutors charged Rosa Delgado in the stabbing death of Hector Ruiz.", "Rosa Delgado", "Hector Ruiz"),
])
def test_the_one_held_in_such_a_death_is_its_alleged_doer(analyse_text, text, doer, victim):
    assert (doer, victim, "alleged") in attacks(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Darnell Hughes was arrested in the death of Kevin Pratt.",          # a death, no violence said
    "The sudden death of Kevin Pratt saddened his colleagues in Leeds.",
])
def test_a_death_without_its_violence_is_no_attack(analyse_text, text):
    assert attacks(analyse_text(text)) == []
