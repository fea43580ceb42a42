"""An offence or a charge named where a side should be: "his DUI arrest" (the parser may read "DUI" as a
name, and the modifier of an arrest as the arrester), "the Texas charge against him is a count of
assaulting a girl". What someone is arrested or charged for is never the one who acts or is acted on:
the side is left unnamed. Called by the sense judge (extract/sense.py)."""
from __future__ import annotations

from ..wordlists import words

OFFENCES = words("offence_words")
# the acts done to or by someone whose sides the parser fills from an offence's word (a plea or a
# denial of "the charges" rightly has them as its object)
ACTS_ON_SOMEONE = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT"})


def offence(tok) -> bool:
    """A side's word is an offence or a charge ("DUI", "drink-driving", "murder", "the charges")."""
    return tok is not None and (tok.lower_ in OFFENCES or tok.lemma_.lower() in OFFENCES)


def clear_offence_sides(c) -> None:
    """Unname a side of an act on someone that is an offence or a charge."""
    if c.type not in ACTS_ON_SOMEONE:
        return
    if offence(c.subject_tok):
        c.subject, c.subject_tok = None, None
    if offence(c.object_tok):
        c.object, c.object_tok = None, None
