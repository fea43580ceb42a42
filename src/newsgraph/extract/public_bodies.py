"""Bodies of public law among the organisations: a commission, court, ministry or parliament.

The recogniser types "the European Commission" or "the Competition Commission" an organisation, as it
types a firm; what such a body does to others ("the Commission restricted the use of the name", "the
court barred the firm from bidding") is a state's act of restraint, not a firm's own rules
(extract/sense_conflict.py, "firm's rules").
"""
from __future__ import annotations

from ..wordlists import words

PUBLIC_BODY_HEADS = words("public_body_heads")


def named_body(tok):
    """The proper noun that names the doer: the subject itself or, for a thing a body issued, its
    possessor ("the Commission's 2002 ruling" names the Commission)."""
    if tok is None:
        return None
    if tok.pos_ != "PROPN":
        tok = next((x for x in tok.children if x.dep_ == "poss" and x.pos_ == "PROPN"), None)
    return tok


def public_body(tok) -> bool:
    """Whether the doer's name is a public body's: its head is a word of public_body_heads
    ("the European Commission", "Iraq's Oil Ministry", "the High Court"), not a firm's name."""
    head = named_body(tok)
    return head is not None and head.lower_ in PUBLIC_BODY_HEADS
