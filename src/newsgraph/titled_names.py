"""Names the recogniser types or cuts wrongly beside the words that make them a person's, mended by two
pipeline components after it, in this order (nlp.py):
- newsgraph_titled_names (surnames_after_titles): a title of address before a word the recogniser reads as a people or a place: "Mr German said",
  "Dr French told the inquiry", "Mrs England". Only a person is addressed so; the word is a
  surname, and the entity a person's. The title must be written as one ("DR Congo" is a country);
- newsgraph_generation_names (whole_generation_names): a generation after a surname ("Bruce L Castor Jr", "Martin Luther King Jr."), which the recogniser
  tags alone or leaves out: the person's whole name is one entity, not "Bruce L" and "Jr"; untagged name
  words before it are the name's only up to the person's name the recogniser tagged ("Drummer Larry
  Mullen Jr" is Larry Mullen Jr)."""
from __future__ import annotations

import re

from .resolve.names import GENERATIONS, TITLES_OF_PERSONS, is_title

# a generation as written ("Jr", "JR.", "Snr"): most documents have none, and the pass then reads no token
GENERATION_TEXT = re.compile(r"\b[JS]n?r\b", re.IGNORECASE)

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


def _generation(tok) -> bool:
    """"Jr", "Jr.", "Sr": a generation as written after a surname."""
    return tok.text.rstrip(".").lower() in GENERATIONS and tok.text[:1].isupper()


def _name_word(tok, labels: dict[int, str]) -> bool:
    """A word of a person's name before a generation: in a person's entity, or an untagged capitalised
    name word or initial that is no title ("District Attorney Bruce L Castor Jr": not "Attorney")."""
    if tok.i in labels:
        return labels[tok.i] == "PERSON"
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.rstrip(".").isalpha() and not is_title(tok.text)


def whole_generation_names(doc):
    """Pipeline component after surnames_after_titles: a person's name and the generation after it become
    one PERSON entity (see the module)."""
    from spacy.tokens import Span  # noqa: PLC0415  (slow import)

    if not GENERATION_TEXT.search(doc.text):
        return doc
    ents = list(doc.ents)
    labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    starts = {i: e.start for e in ents for i in range(e.start, e.end)}
    spans = []
    for tok in doc:
        if not _generation(tok) or tok.i == 0 or labels.get(tok.i, "PERSON") != "PERSON":
            continue
        start = tok.i
        while start > tok.sent.start and _name_word(doc[start - 1], labels):
            start -= 1
            if labels.get(start) == "PERSON" and start != tok.i:
                start = starts[start]    # the recogniser's person ends the walk ("Drummer Larry Mullen Jr")
                break
        if start < tok.i and any(labels.get(i) == "PERSON" or not doc[i].text.rstrip(".").isalpha()
                                 or len(doc[i].text.rstrip(".")) > 1 for i in range(start, tok.i)):
            spans.append(Span(doc, start, tok.i + 1, label="PERSON"))
    if not spans:
        return doc
    covered = {i for sp in spans for i in range(sp.start, sp.end)}
    doc.ents = sorted([e for e in ents if not covered & set(range(e.start, e.end))] + spans, key=lambda e: e.start)
    return doc
