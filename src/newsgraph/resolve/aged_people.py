"""People told of by their age alone, without a name: "police arrested a 19-year-old", "a 15-year-old
was stabbed", "two 17-year-olds were charged". Crime news writes an unnamed suspect or victim so; the
age is the head of the phrase, and the person is one of this document only, as "a gunman" is
(resolve/participants.py). A definite age ("the 33-year-old") refers to a person named before and is
resolve/described_people.py's; an age that says what someone was ("capped as a 17-year-old", "Sankus,
a 28-year-old from Philadelphia") or qualifies a noun ("a 40-year-old clip") names no one new.
"""
from __future__ import annotations

import re

from ..model import Entity
from .names import fold
from .resolution import ResolutionDraft

AGE = re.compile(r"^\d{1,3}-year-olds?$")

# where a phrase names a side of an act: a subject, an object, a passive's agent or an object of a preposition
SIDE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
INDEFINITE = frozenset({"a", "an", "one"})


def aged_person(tok) -> bool:
    """Whether `tok` ("old", "olds") ends an age that heads a phrase naming unnamed people: with "a",
    "an", "one" or a number before it, as a subject or an object (not after "as")."""
    if tok.lower_ not in ("old", "olds") or tok.dep_ not in SIDE_DEPS or tok.i < 4 \
            or not AGE.match(tok.doc[tok.i - 4:tok.i + 1].text.replace(" ", "")):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("as", "like", "than"):
        return False   # "capped as a 17-year-old", "fitter than a 21-year-old": what someone was
    lefts = [c for c in tok.lefts if c.i < tok.i - 4]
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE or c.dep_ == "nummod" and c.like_num for c in lefts)


def resolve_aged_people(doc, res: ResolutionDraft, tag: str) -> None:
    """One described person (or group, in the plural) of this document per unnamed age phrase."""
    for tok in doc:
        if tok.i in res.token_entity or not aged_person(tok):
            continue
        span = doc[tok.i - 4:tok.i + 1]
        name = span.text.replace(" ", "")
        plural = tok.lower_ == "olds"
        key = f"{'OTHER' if plural else 'PERSON'}:#{tag}:{fold(name)}"
        res.add_mention(span, Entity(key=key, name=name, type="OTHER" if plural else "PERSON", reason="description"),
                        "description of people" if plural else "description of a person",
                        label="GENERIC" if plural else "PERSON", alias=False, head=tok.i)
