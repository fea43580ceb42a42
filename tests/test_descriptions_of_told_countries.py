""""The Spanish group" for a body no record gives a country: the country the words before its name tie it
to ("Spain's Ferrovial", "Spanish builder Ferrovial", "Madrid-based Ferrovial"); another country's demonym
keeps it apart. Sentences are our own (the firm names made up)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("opening", [
    "Portugal's Valdomar bought a stake in the Lisbon metro on Monday.",
    "Portuguese builder Valdomar bought a stake in the Lisbon metro on Monday.",
    "Lisbon-based Valdomar bought a stake in the Lisbon metro on Monday.",
])
def test_a_demonym_description_takes_the_body_told_of_that_country(resolved_entity, opening):
    text = opening + " The Portuguese group has been keen to expand abroad."
    named = resolved_entity(text, "Valdomar")
    described = resolved_entity(text, "group")
    assert named is not None and described is not None and described.key == named.key


@pytest.mark.parametrize("text", [
    # told of another country
    "Portugal's Valdomar bought a stake in the Lisbon metro on Monday. The Dutch group has been keen to expand abroad.",
    # told of none
    "Valdomar bought a stake in the Lisbon metro on Monday. The Portuguese group has been keen to expand abroad.",
])
def test_other_bodies_are_not_taken(resolved_entity, text):
    named = resolved_entity(text, "Valdomar")
    described = resolved_entity(text, "group")
    assert named is not None and (described is None or described.key != named.key)
