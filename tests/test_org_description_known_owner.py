"""A body the gazetteer knows, named before a thing of its own ("the UKIP funding"), is still met by
a later bare description ("the party"): the nearest sentence holding it decides, not an earlier one
(resolve/org_descriptions.py). Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def resolved(nlp, gazetteer, text: str) -> dict[str, str]:
    res = resolve_document(nlp(text), gazetteer)
    return {m.text: res.entities[m.entity].name for m in res.mentions}


def test_the_party_is_the_known_party_before_a_thing_in_its_sentence(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "Labour's campaign cost £1.7m, the Electoral Commission said. Most of the UKIP "
                                     "funding came from one donor, who paid for the party's poster campaign.")
    assert found.get("the party") == "UK Independence Party", found
