"""A firm's premises named by a name the recogniser took for a place (extract/site_places.named_premises):
"a bomb exploded at a North Shore Credit branch" happened at the branch; the victims are whom it hit, the
firm's name is no target. A place noun that was hit stays the target. Our own sentences."""
from __future__ import annotations

import pytest

PREMISES = [
    ("A bomb exploded at a North Shore Credit branch in Salem, killing a security guard.", "security guard"),
    ("A bomb went off at an East Valley Bank branch in Tucson, wounding two cashiers.", "cashier"),
    ("A device exploded at a Pacific Coast Bank office in Eugene, injuring a clerk.", "clerk"),
]


def _assault_objects(analyse_text, text) -> list[str]:
    analysis = analyse_text(text)
    return [analysis.entities[e.object].name.lower() if e.object else "" for e in analysis.events
            if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "victim"), PREMISES)
def test_a_blast_at_named_premises_hits_the_people_there(text, victim, analyse_text):
    objects = _assault_objects(analyse_text, text)
    assert objects and all(victim in name for name in objects)


def test_a_camp_fired_at_stays_the_target(analyse_text):
    assert any("yida" in name for name in _assault_objects(analyse_text, "Troops opened fire at the Yida camp."))
