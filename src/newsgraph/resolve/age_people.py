"""A person news names by age alone: "police arrested a 19-year-old", "a 23-year-old was stabbed", "the
arrest of a 17-year-old".

The parser heads such a phrase with the adjective "old" and the recogniser tags no one, so the side
was left empty although the sentence names who was arrested or hurt. An indefinite "a/an N-year-old"
heading a side (subject, object, object of a preposition, conjunct, apposition) with no noun after it
("a 19-year-old man" is the man's phrase, read as any description) is one person of this document,
named "19-year-old" (resolve/participants.py: add_individual). A definite one ("the 33-year-old")
refers back and is resolve/described_people.py's.
"""
from __future__ import annotations

from ..doctext import tokens_with_lower
from .participants import add_individual, document_tag
from .resolution import ResolutionDraft

SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def age_span(tok):
    """The span "19-year-old" that `tok` ("old") ends, or None where it is not a person named by age alone."""
    doc = tok.doc
    if tok.i < 4 or tok.dep_ not in SIDE_DEPS or tok.pos_ not in ("ADJ", "NOUN"):
        return None
    num, dash1, year, dash2 = doc[tok.i - 4:tok.i]
    if not (num.like_num and dash1.text == "-" and year.lower_ in ("year", "years") and dash2.text == "-"):
        return None
    det = doc[tok.i - 5] if tok.i >= 5 else None
    if det is None or det.lower_ not in ("a", "an"):
        return None
    return doc[num.i:tok.i + 1]


def age_people(doc, res: ResolutionDraft) -> None:
    """Make each indefinite "a N-year-old" side no pass claimed one person of the document (see the module)."""
    tag = None
    for i in tokens_with_lower(doc, ("old",)):
        span = age_span(doc[i])
        if span is None or res.covered(span.start, span.end):
            continue
        tag = tag or document_tag(doc)
        add_individual(doc[i], span.text, span, res, tag)
