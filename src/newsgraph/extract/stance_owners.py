"""Whose doing a stance on a doing is about (PLOVER ACCUSE, SUPPORT, REJECT): praise, criticism or
rejection of "the way the government handled the crisis" is of the government, of "the work of Ms
Hutt" or "the efforts of the African Union" of Ms Hutt and the Union. The object phrase names no
actor itself; the clause on "way" or the "of" phrase of a noun of conduct names the one who acts.
The one taking the stance is never its own object ("praised the work of its staff" stays lone).
The words are data: data/lexicon/words/evaluative.yaml."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of, subject_token
from .frames import Candidate
from .sense_words import lemma_in

# "the way X did it", "the manner in which X did it": X's doing
MANNER_NOUNS = words("manner_nouns")
# doings an "of" phrase names the doer of: "the work of the UN", "the conduct of the police"
CONDUCT = words("owned_conduct") | words("concerning_conduct")
STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# a verbal attack the sense judge will read as criticism: "attacked the way X ran the inquiry"
ATTACKS = frozenset({"ASSAULT"})


def stance_owners(candidates: list[Candidate], res: KnownActors) -> None:
    """Give a stance with no object, aimed at a manner or a conduct noun, the one whose doing it is."""
    for c in candidates:
        thing = c.object_tok
        if c.object is not None or c.subject is None or thing is None or thing.pos_ != "NOUN":
            continue
        found = None
        if c.type in STANCES | ATTACKS and lemma_in(thing, MANNER_NOUNS):
            found = manner_doer(thing, res)
        elif c.type in STANCES and lemma_in(thing, CONDUCT):
            found = conduct_doer(thing, res)
        if found is not None and found[0] != c.subject:
            c.object, c.object_tok = found
            if c.type in ATTACKS:
                c.type = "ACCUSE"   # words aimed at a way of doing things, not violence


def manner_doer(noun, res: KnownActors) -> tuple[str, object] | None:
    """The subject of the clause on "way"/"manner": "the way the government handled the crisis"."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        subj = subject_token(clause)
        if subj is not None and subj.pos_ != "PRON":
            return next(iter(actors_of(subj, res)), None)
    return None


def conduct_doer(noun, res: KnownActors) -> tuple[str, object] | None:
    """The actor of the "of" phrase of a conduct noun: "the efforts of the African Union"; not one's own
    people ("praised the work of his investigators": a chief's praise of his staff, no stance between sides)."""
    for pobj in (p for x in noun.children if x.dep_ == "prep" and x.lower_ == "of"
                 for p in x.children if p.dep_ == "pobj"):
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children):
            return None
        return next(iter(actors_of(pobj, res)), None)
    return None
