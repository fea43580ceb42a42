"""An office no date settles ("the Greek prime minister" of an undated story) is held by a person:
"he"/"his" may refer to it, "it" may not (resolve/coref.py). Sentences of our own."""
from __future__ import annotations

from newsgraph.resolve.document import resolve_document


def resolved(nlp, gazetteer, text: str) -> dict[str, str]:
    res = resolve_document(nlp(text), gazetteer)
    return {m.text: res.entities[m.entity].name for m in res.mentions}


def test_his_is_the_office_named_in_its_sentence(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "The police officer who shot Nikos Petrou has been charged. The opposition "
                                     "called for the Greek prime minister to resign, ignoring his appeals for unity.")
    assert found.get("his") == found["the Greek prime minister"], found


def test_it_is_not_an_office(nlp, gazetteer):
    found = resolved(nlp, gazetteer, "The Greek prime minister spoke on Monday. It was the first speech of the year.")
    assert found.get("It") != found["The Greek prime minister"], found
