"""A country named only by an adjective ("the Irish line", "the Japanese games giant") is no
antecedent of a later "it"/"its" (resolve/coref.py resolve_it): the noun it modifies is.
Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def pronoun_names(nlp, gazetteer, text: str, word: str) -> list[str]:
    res = resolve_document(nlp(text), gazetteer)
    return [res.entities[m.entity].name for m in res.mentions if m.text.lower() == word]


def test_a_line_an_adjective_names_is_no_country_for_it(nlp, gazetteer):
    text = ("Tom Harlan was driven over the Irish line near the end of the game. "
            "Harlan claims he touched it down and was in full control.")
    assert "Ireland" not in pronoun_names(nlp, gazetteer, text, "it")


def test_its_goes_past_the_adjective_to_the_firm(nlp, gazetteer):
    text = ("Orvia unveiled an adaptor for the console on Monday. The release of the adaptor is an attempt "
            "by the Japanese games giant to protect its dominance of the market.")
    assert pronoun_names(nlp, gazetteer, text, "its") == ["Orvia"]


def test_a_subject_adjective_does_not_own_its(nlp, gazetteer):
    text = "Orvia chose a new design. The Japanese games giant hopes to protect its lead in handheld games."
    assert "Japan" not in pronoun_names(nlp, gazetteer, text, "its")
