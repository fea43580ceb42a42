"""A noun phrase the parser split into two subjects of one verb: "San Diego Chargers wide receiver Vincent
Jackson was arrested" read with "Chargers" and "Jackson" both its passive subjects. Every reader of a clause
takes its first subject, so the club, the firm or the place before the person's title became the one arrested.
A body's or place's name whose words run straight into a later subject of the same verb that begins with a
title in small letters and names a person ("wide receiver Vincent Jackson") only modifies it: it is joined to
the later one as the compound it is, before anything reads the parse. Other pairs of subjects are left as the
parser read them (a wider rule, any two subjects that touch, cost held-out dev facts)."""
from __future__ import annotations

SUBJECT_DEPS = ("nsubj", "nsubjpass")
BODY_OR_PLACE = ("ORG", "GPE", "NORP", "LOC", "FAC")


def rejoin_split_subjects(doc) -> None:
    """Hang each subject that runs straight into a later subject of the same verb on that subject, as a compound."""
    for verb in doc:
        for dep in SUBJECT_DEPS:
            subjects = [c for c in verb.children if c.dep_ == dep]
            for first, last in zip(subjects, subjects[1:], strict=False):
                if first.right_edge.i + 1 == last.left_edge.i and titled_person(first, last):
                    first.head, first.dep_ = last, "compound"


def titled_person(first, last) -> bool:
    """Whether `first` is a body's or place's name before the title of the person `last` names ("San Diego
    Chargers" + "wide receiver Vincent Jackson"): a name, then a title in small letters, then a person's name."""
    title = last.doc[last.left_edge.i]
    return first.pos_ == "PROPN" and first.ent_type_ in BODY_OR_PLACE and last.ent_type_ == "PERSON" \
        and title.is_lower and title.pos_ in ("NOUN", "ADJ")
