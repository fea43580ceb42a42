"""Reporting verbs the parser reads as a noun subject of the verb they report: "Constable Fanning
allege the man opened fire" gives "opened" two subjects, "allege" (with Fanning) and "man"."""
from __future__ import annotations

from .lexicon import lexicon


def misread_report(subject, verb) -> bool:
    """A reporting verb (attribution.yaml's, in its base form: "allege", "say", "claim", "contend") parsed
    as a subject of the verb it reports, beside that verb's own subject."""
    return subject.lower_ in lexicon().reporting and any(
        x.dep_ == "nsubj" and subject.i < x.i < verb.i for x in verb.children)
