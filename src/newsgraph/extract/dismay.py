"""Disappointment with what another side did, said of oneself: "Brazil was disappointed by the
IMF's decision", "we are dismayed that the court has fined the company", "Oxfam was angered by the
bank". Being let down by a side's act is criticism of it (PLOVER ACCUSE): the one disappointed (the
subject) faults the side named after "by"/"with"/"at"/"in" (or the owner of the act named there:
"the IMF's decision"), or the doer of the that-clause. A result, a performance or a cancelled event
names no other actor and gives nothing; the active verb ("the IMF disappointed Brazil") is left out,
and so is grief ("saddened by the death of"). Worry faults only through a clause that states a fault:
"the UN agency is worried the Conservative policy sends the wrong message"."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .angry_reactions import angry_reactions
from .arguments import VERBAL, actor_of
from .frames import Candidate, noun_subject, subjects_of
from .stance import content_stance
from .statements import judged_act
from .thing_makers import made_before, unowned

DISMAY = words("dismay_words")
# a worry faults another only through what the worrying clause states: "is worried the policy sends
# the wrong message" (not "is worried the plant will close")
WORRY = words("worry_words")
# prepositions naming what or whom one is disappointed with
PREPS = words("dismay_preps")


def dismay_events(tokens, res: KnownActors, sents) -> Iterator[Candidate]:
    for tok in (*tokens.verbs, *tokens.adjectives):
        worry = tok.lower_ in WORRY
        if tok.lower_ not in DISMAY and not worry:
            continue
        holder, anchor = felt_by(tok)
        if holder is None:
            continue
        faulted = faulted_clause_doers(tok, res, sents) if worry else [*faulted_sides(tok, res), *clause_doers(tok, res)]
        for skey, stok in subjects_of(holder, res):
            for okey, otok in faulted:
                if okey != skey:
                    yield Candidate("ACCUSE", tok, skey, okey, stok, otok, None, anchor)
    yield from angry_reactions(tokens, res, sents)   # "reacted angrily to the EU's decision"


def felt_by(tok) -> tuple[object, object]:
    """(who feels it, the clause's verb): the passive subject ("Brazil was disappointed by"), or the
    subject of the copula an adjective completes ("we are disappointed that")."""
    if tok.pos_ in VERBAL:
        holder = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if holder is None and tok.dep_ == "acomp":   # "felt let down": the copula's subject
            holder = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            return holder, tok.head
        return holder, tok
    if tok.dep_ == "acomp":
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None), tok.head
    return None, None


def faulted_sides(tok, res: KnownActors) -> list[tuple[str, object]]:
    """The sides of the "by"/"with" phrases: the actor named, or the owner of the act named."""
    found = []
    for prep in (c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in PREPS):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            # not an "of" phrase: "the treatment of the detainees" names who suffered the act
            key = actor_of(pobj, res) or next(
                (actor_of(x, res) for x in pobj.children if x.dep_ == "poss"), None) or next(
                (actor_of(x, res) for p in pobj.children if p.dep_ == "prep" and p.lower_ == "by"
                 for x in p.children if x.dep_ == "pobj"), None)
            if key:
                found.append((key, pobj))
    return found


def clause_doers(tok, res: KnownActors) -> list[tuple[str, object]]:
    """The active subjects of the that-clause: "disappointed that the court ruled against it"."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return [(key, s) for clause in clauses[:1] for s in clause.children if s.dep_ == "nsubj"
            for key in [actor_of(s, res)] if key]


def faulted_clause_doers(tok, res: KnownActors, sents) -> list[tuple[str, object]]:
    """The doers of a worrying clause that states a fault ("worried that the Tory policy sends the wrong
    message"): the subject, or the maker of the act the subject names, or, for a definite act with no maker
    named ("the policy"), its maker told before (thing_makers.made_before)."""
    found = []
    for clause in [c for c in tok.children if c.dep_ == "ccomp"][:1]:
        aux = [a for a in clause.children if a.dep_ == "aux"]
        subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
        if subj is None or content_stance(clause, aux) != "ACCUSE":
            continue
        key, tok = actor_of(subj, res) or (noun_subject(subj, res)[0] if judged_act(subj) else None), subj
        if key is None and judged_act(subj) and unowned(subj, res):   # "the policy": the maker told before
            key, tok = made_before(subj, res, sents, None) or (None, subj)
        if key:
            found.append((key, tok))
    return found
