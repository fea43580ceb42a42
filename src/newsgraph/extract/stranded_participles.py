"""A participle used as an adjective right after a preposition, which the parser reads as a finite verb
of a clause of its own: "Solidere, the company founded by assassinated former prime minister Rafik
Hariri", "the museum, built by assassinated former president Juan Ortega" (parsed "the museum ...
assassinated Juan Ortega"). A preposition takes a noun phrase, so a verb right after one whose
preposition has no object is the first word of that phrase ("by [assassinated Juan Ortega]"): it tells
what befell the person it describes, by a doer it does not name, and the subject the parse gives it is
the noun the phrase hangs on, not the doer. Its subject is cleared; the person it describes stays its object."""
from __future__ import annotations

from .frames import Candidate

VERB_TAGS = frozenset({"VBD", "VBN"})
# the dependencies a preposition with an object gives that object
PREP_OBJECTS = frozenset({"pobj", "pcomp"})


def stranded(trigger) -> bool:
    """Whether `trigger` is a past form right after a preposition that has no object of its own."""
    if trigger.tag_ not in VERB_TAGS or trigger.i == 0:
        return False
    prep = trigger.doc[trigger.i - 1]
    return prep.pos_ == "ADP" and prep.dep_ in ("prep", "agent") \
        and not any(c.dep_ in PREP_OBJECTS for c in prep.children)


def unstrand_subjects(candidates: list[Candidate]) -> None:
    """Clear the subject of each candidate whose trigger is such a stranded participle and whose
    subject stands before the preposition (the noun the phrase hangs on)."""
    for c in candidates:
        if c.subject is None or c.subject_tok is None or not stranded(c.trigger):
            continue
        if c.subject_tok.i < c.trigger.i - 1:
            c.subject, c.subject_tok = None, None
