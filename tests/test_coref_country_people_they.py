"""The people a country's name modifies ("US consumers", "Jamaican fans") are not the country:
a later "they" is left open rather than given to the state (resolve/they_pronouns.py). A force
named by its country ("Israeli troops") still is. Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def they_names(nlp, gazetteer, text: str) -> list[str]:
    res = resolve_document(nlp(text), gazetteer)
    return [res.entities[m.entity].name for m in res.mentions if m.text.lower() in ("they", "their")]


def test_consumers_of_a_country_are_not_the_country(nlp, gazetteer):
    text = ("Orvia launched the service on Monday. It means that US consumers will be able to watch "
            "any programme they record on their phones.")
    assert "United States" not in they_names(nlp, gazetteer, text)


def test_fans_of_a_country_are_not_the_country(nlp, gazetteer):
    text = "Many Jamaican fans travelled to the final in Leeds, but they were turned away at the gate."
    assert "Jamaica" not in they_names(nlp, gazetteer, text)


def test_troops_of_a_country_stay_its_force(nlp, gazetteer):
    text = "Israeli troops entered the town on Monday. They said they had arrested 12 men."
    assert they_names(nlp, gazetteer, text) == ["Israel Defense Forces", "Israel Defense Forces"]
