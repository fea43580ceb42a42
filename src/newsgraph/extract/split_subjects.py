"""A noun phrase the parser split into two subjects of one verb: "San Diego Chargers wide receiver Vincent
Jackson was arrested" read with "Chargers" and "Jackson" both its passive subjects, "Arsenal striker Thierry
Henry said" with two subjects of "said". Every reader of a clause takes its first subject, so the club, the firm
or the place before the title became the one arrested or the speaker. A subject whose words run straight into
the next subject's (no comma, no "and" between them) only modifies it: it is joined to the later one as the
compound it is, before anything reads the parse."""
from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def rejoin_split_subjects(doc) -> None:
    """Hang each subject that runs straight into a later subject of the same verb on that subject, as a compound."""
    for verb in doc:
        for dep in SUBJECT_DEPS:
            subjects = [c for c in verb.children if c.dep_ == dep]
            for first, last in zip(subjects, subjects[1:], strict=False):
                if first.right_edge.i + 1 == last.left_edge.i and first.pos_ in ("PROPN", "NOUN") \
                        and last.pos_ in ("PROPN", "NOUN"):
                    first.head, first.dep_ = last, "compound"
