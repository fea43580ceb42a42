"""A longer name the recogniser takes for a person's is a body's when a kind of body no person is called
stands in apposition to it ("De Telegraaf, a daily Amsterdam newspaper", "NM Rothschild, the investment
bank"; resolve/bodies.py company_names): a body in all its mentions, and no antecedent of "he". A person
put beside a calling stays a person. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


def entity_types(analysis) -> dict[str, str]:
    return {e.name: e.type for e in analysis.entities.values()}


@pytest.mark.parametrize("text, name", [
    ("Weeks later De Telegraaf, a daily Amsterdam newspaper, ran the leaked letter on its front page.", "De Telegraaf"),
    ("The sale was handled by NM Rothschild, the investment bank, which also advised the board.", "NM Rothschild"),
    ("Air Shamrock, an airline based in Cork, sued the airport operator in March.", "Air Shamrock"),
])
def test_a_name_beside_a_body_kind_is_a_body(analyse_text, text, name):
    assert entity_types(analyse_text(text)).get(name) == "ORGANIZATION"


def test_a_person_beside_a_calling_stays_a_person(analyse_text):
    got = analyse_text("Volker Ritter, a Berlin lawyer, sued the airport operator in March.")
    assert entity_types(got).get("Volker Ritter") == "PERSON"


def test_he_is_not_the_newspaper(analyse_text):
    got = analyse_text("The film maker Theo van Gogh was killed in Amsterdam on Tuesday. A day later De Telegraaf, "
                       "a daily Amsterdam newspaper, printed a photograph of the body moments after he was killed.")
    objects = {obj for _, obj in named_sides(got, "ASSAULT")}
    assert "De Telegraaf" not in objects and "Theo van Gogh" in objects
