"""A title of address before a word the recogniser reads as a people or a place: "Mr German said",
"Dr French told the inquiry", "Mrs England". Only a person is addressed so; the word is a
surname, and the entity a person's. The title must be written as one ("DR Congo" is a country)."""
from __future__ import annotations

from .resolve.names import TITLES_OF_PERSONS

# the recogniser's labels for peoples, places and languages ("German" NORP, "French" LANGUAGE)
PLACE_LABELS = frozenset({"NORP", "GPE", "LOC", "LANGUAGE"})


def _title_of_address(tok) -> bool:
    """"Mr", "Mrs.", "Dr" as a title is written: capitalised, the rest lower case."""
    word = tok.text.rstrip(".")
    return word.lower() in TITLES_OF_PERSONS and word[:1].isupper() and word[1:].islower()


def surnames_after_titles(doc):
    """Pipeline component after the recogniser: a people's or place's entity right after a title
    of address becomes a person's."""
    from spacy.tokens import Span  # noqa: PLC0415  (slow import)

    ents = list(doc.ents)
    found = [n for n, e in enumerate(ents) if e.label_ in PLACE_LABELS and e.start > 0
             and _title_of_address(doc[e.start - 1])]
    for n in found:
        ents[n] = Span(doc, ents[n].start, ents[n].end, label="PERSON")
    if found:
        doc.ents = ents
    return doc
