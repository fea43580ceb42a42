"""An arrest made after a stand-off, chase or struggle with a force, or in a force's swoop, is that force's
(extract/standoff_arrests.py). Sentences are our own."""
from __future__ import annotations

import pytest


def roles(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


@pytest.mark.parametrize("text", [
    "Tomas Reiner was taken into custody after a six-hour standoff with police at a farmhouse near Dover.",
    "Tomas Reiner was arrested after a short stand-off with police outside his flat in Leeds.",
    "Tomas Reiner was detained following a car chase by police through the suburbs of Lyon.",
    "Tomas Reiner was taken into custody after a brief struggle with deputies in Ohio.",
    "Tomas Reiner and two other men were arrested in a police swoop on a warehouse in Bristol.",
    "An informant's tip led to the police sweep on Sunday in which Tomas Reiner was arrested.",
])
def test_the_force_confronted_makes_the_arrest(text, analyse_text):
    found = roles(analyse_text(text), "COERCE")
    assert any(s and "police" in s and o and "reiner" in o for s, o in found), found


def test_a_fight_with_someone_who_is_no_force_names_no_arrester(analyse_text):
    found = roles(analyse_text("Tomas Reiner was arrested after a fight with his neighbour Karl Blum in Leeds."),
                  "COERCE")
    assert not any(s and "blum" in s for s, _ in found), found


def test_a_killing_after_a_shootout_is_left_to_the_killing(analyse_text):
    # only taking into custody reads so: who fired in a shoot-out the phrase does not say
    found = roles(analyse_text("Tomas Reiner was killed after a shootout with police near Lyon."), "ASSAULT")
    assert not any(s and "police" in s and o and "reiner" in o for s, o in found), found
