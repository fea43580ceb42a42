"""Doubts that accuse: a speaker who questions whether a thing was done rightly suggests it was
not (PLOVER ACCUSE, as "alleged"): "Amnesty questioned whether the decisions had been based on
torture evidence", "the lawyer raised questions about whether the money was used for bribes",
"doubted whether the vote had been counted fairly" is no accusation unless the doubted clause names a
wrong. A concern voiced about an actor's conduct faults the actor as well: "Amnesty raised concerns
about Egypt's treatment of refugees". The accused is whoever the doubted clause says did it ("whether the police had acted
unlawfully", "whether the aid was diverted by officials"), else nobody named.
The words are data: data/lexicon/words/evaluative.yaml (and statements.yaml's wrongdoing words)."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, subject_token
from .frames import Candidate, noun_frame, noun_subject, subjects_of
from .lexicon import Frame, lexicon
from .noun_phrases import passive_agent

ACCUSE = Frame(type="ACCUSE")
ASKING_MARKS = words("whether_if")
# verbs that put a doubt: "raised questions about", "voiced concerns over whether"
VOICING = words("doubts_voicing")
ABOUT = words("doubts_about")


@lru_cache(maxsize=1)
def _wrongs() -> frozenset[str]:
    return (words("doubted_wrongs") | words("condemnatory_nouns") | words("condemnatory_adjectives")
            | words("statement_wrongdoing_verbs") | words("statement_wrongdoing_adverbs"))


def doubt_events(verb, res: KnownActors) -> Iterator[Candidate]:
    """ACCUSE candidates of "X questioned whether ..." and "X raised questions about whether ..."."""
    lemma = verb.lemma_.lower()
    if lemma in words("doubting_verbs") and not any(c.dep_ == "dobj" for c in verb.children):
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]   # not "police questioned the suspect"
        trigger = verb
    elif lemma in VOICING:
        trigger = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in words("doubt_nouns")), None)
        clauses = [] if trigger is None else [
            x for p in trigger.children if p.dep_ == "prep" and p.lower_ in ABOUT
            for x in p.children if x.dep_ in ("pcomp", "pobj") and x.pos_ in ("VERB", "AUX")]
    else:
        return
    if any(c.dep_ == "neg" for c in verb.children):
        return
    if trigger is not None and not clauses:
        yield from concerns_about_conduct(verb, trigger, res)
        return
    for clause in clauses:
        if not any(m.dep_ == "mark" and m.lower_ in ASKING_MARKS for m in clause.children) or not any(
                t.lemma_.lower() in _wrongs() or t.lower_ in _wrongs() for t in clause.subtree):
            continue
        accusers = subjects_of(subject_token(verb), res)
        okey, otok = doer(clause, res)
        for skey, stok in accusers:
            if skey != okey:
                yield Candidate("ACCUSE", trigger, skey, okey, stok, otok, ACCUSE, verb)
        return


def concerns_about_conduct(verb, concern, res: KnownActors) -> Iterator[Candidate]:
    """"Amnesty raised concerns about Egypt's treatment of refugees", "voiced concern over the use of
    force by police": the doer of the conduct named is faulted, never a bare actor ("concerns about
    Iran" says no more than that it worries the speaker)."""
    for act in (x for p in concern.children if p.dep_ == "prep" and p.lower_ in ABOUT
                for x in p.children if x.dep_ == "pobj"):
        if not conduct(act):
            continue
        okey, otok = noun_subject(act, res)
        if okey is None:
            continue
        for skey, stok in subjects_of(subject_token(verb), res):
            if skey != okey:
                yield Candidate("ACCUSE", concern, skey, okey, stok, otok, ACCUSE, verb)


def conduct(noun) -> bool:
    """A doing an actor answers for: "the treatment of", "the conduct", "the decision", "the crackdown"."""
    lemma = noun.lemma_.lower()
    if lemma in _conduct() or noun.lower_ in _conduct():
        return True
    return noun_frame(noun, lexicon()) is not None


@lru_cache(maxsize=1)
def _conduct() -> frozenset[str]:
    return (words("concerning_conduct") | words("judged_acts") | words("suffered_acts")
            | words("institutional_wrongs"))


def doer(clause, res: KnownActors) -> tuple[str | None, object]:
    """Who the doubted clause says acted: its active subject, or the "by" agent of a passive; with
    nobody named, the clause's subject stands as the thing doubted."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.dep_ == "nsubj":
        key = actor_of(subj, res)
        if key is not None:
            return key, subj
    agent = passive_agent(clause)
    key = actor_of(agent, res) if agent is not None else None
    return (key, agent) if key is not None else (None, subj)
