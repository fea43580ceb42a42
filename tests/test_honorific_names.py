"""A name after an honorific ("Mr", "Ms", "Dr", "Lord") is a person's, whatever label the recogniser
gave it: "Ms Lomax said" tagged as an organisation is the person Lomax (resolve/document.py
addressed_as_person). Sentences of our own."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract import analyse
from newsgraph.model import Document
from newsgraph.resolve.document import addressed_as_person


def entity_types(nlp, gazetteer, text: str) -> dict[str, str]:
    doc = nlp(text)
    analysis = analyse(Document(source="honorifics", text=text), doc, gazetteer)
    return {e.name: e.type for e in analysis.entities.values()}


@pytest.mark.parametrize("text, surname", [
    ("Ms Lomax said the bank would appeal. Ms Lomax accused the regulator of bias.", "Lomax"),
    ("Mr Okonjo ordered staff to shred the files, prosecutors told the court.", "Okonjo"),
    ("Mrs Haddad criticised the council over the closure of the clinic.", "Haddad"),
])
def test_a_name_addressed_with_an_honorific_is_a_person(nlp, gazetteer, text, surname):
    types = entity_types(nlp, gazetteer, text)
    held = {name: typ for name, typ in types.items() if surname in name}
    assert held, types
    assert set(held.values()) == {"PERSON"}, held


def test_a_body_without_an_honorific_keeps_its_type(nlp, gazetteer):
    types = entity_types(nlp, gazetteer, "Lomax Holdings said the bank would appeal the ruling.")
    held = {name: typ for name, typ in types.items() if "Lomax" in name}
    assert held and "PERSON" not in held.values(), held


def test_a_thing_named_after_a_person_is_not_that_person():
    words = ["Mr", "Brown", "'s", "Finance", "Facility", "was", "rejected", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=["NNP", "NNP", "POS", "NNP", "NNP", "VBD", "VBN", "."])
    assert not addressed_as_person(doc[0:5])
    assert addressed_as_person(doc[0:2])
