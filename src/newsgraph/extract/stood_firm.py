"""A side that stands firm against another side or its demands refuses it (PLOVER REJECT, mode yield).

"Greece held firm against demands from Germany" (REJECT by Greece of Germany), "the prime minister stood
firm against the rebels", "Iran remained defiant in the face of American pressure" (of the United
States). Only a stand with what it is against: "the pound held firm" is a market's, "stood firm" alone
names no side refused; a negated stand ("did not stand firm") refuses nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, named_other, subject_token
from .frames import Candidate
from .refused_owners import thing_maker
from .thing_makers import maker_of

# how a side stands when it will not give way: "stood firm", "remained defiant"
FIRM = words("firm_stances")
STANDING = words("stood_firm_standing")


def firm_stands(tokens, res: KnownActors) -> Iterator[Candidate]:
    """Every firm stand against a side or its demands (see the module's doc)."""
    for verb in (v for v in tokens.verbs if v.lemma_.lower() in STANDING):
        firm = next((c for c in verb.children if c.lower_ in FIRM and c.dep_ in ("acomp", "advmod", "oprd", "attr", "dobj")), None)
        subj = subject_token(verb)
        if firm is None or subj is None or subj.pos_ == "PRON" or any(c.dep_ == "neg" for c in verb.children):
            continue
        skey = actor_of(subj, res)
        against = opposed(verb) or opposed(firm)
        if skey is None or against is None:
            continue
        okey, otok = (actor_of(against, res), against)
        if not named_other(okey):
            okey, otok = thing_maker(against, res, skey) or maker_of(against, res, skey)
        if okey != skey:
            yield Candidate("REJECT", verb, skey, okey, subj, otok if okey is not None else against, None, verb)


def opposed(head):
    """What a stand is against: "against X", "in the face of X"."""
    for p in (c for c in head.children if c.dep_ == "prep"):
        for o in (c for c in p.children if c.dep_ == "pobj"):
            if p.lower_ == "against":
                return o
            if p.lower_ == "in" and o.lower_ == "face":
                return next((x for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                             for x in q.children if x.dep_ == "pobj"), None)
    return None
