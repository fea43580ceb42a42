"""Evaluative statements as accusations: a speaker who calls a thing or an actor by a condemnatory
word disapproves of it (PLOVER ACCUSE, mode disapprove): "X called the vote a sham", "X described
the ruling as unjust", "X said the firebombing was a murderous act", "critics say the vote is a
sham". The accuser is the speaker; the accused is the actor called so, or the actor the sentence
names behind the thing ("Israel's blockade", "the junta's decree", "a vote by parliament"), else
nobody. The words are data: data/lexicon/words/evaluative.yaml."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of, subject_token
from .frames import Candidate, noun_subject, subjects_of
from .lexicon import Frame

ACCUSE = Frame(type="ACCUSE")
# what makes a statement other than asserted: "would be a crime", "if it is a sham"
NOT_STATED = frozenset({"would", "could", "might", "may", "if", "whether", "unless"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (words("condemnatory_nouns"), words("condemnatory_person_nouns"), words("condemnatory_adjectives"),
            words("condemnatory_phrases"), words("naming_verbs"))


def condemnatory(pred) -> bool:
    """Whether a predicate word condemns: "a sham", "unjust", "a murderous act", "a war crime",
    "politically motivated", "an act of aggression"."""
    nouns, persons, adjectives, phrases, _ = _lists()
    lemma = pred.lemma_.lower()
    if any(f"{c.lower_} {lemma}" in phrases for c in pred.children if c.dep_ == "advmod"):
        return True
    if pred.pos_ == "ADJ" or pred.tag_ in ("JJ", "VBN"):
        return lemma in adjectives or pred.lower_ in adjectives
    if lemma in nouns or lemma in persons:
        return True
    if any(c.dep_ == "amod" and c.lemma_.lower() in adjectives for c in pred.children):
        return True   # "a murderous act", "an illegal occupation"
    return lemma == "act" and any(p.lemma_.lower() in nouns for c in pred.children if c.dep_ == "prep"
                                  and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


def evaluative_events(tokens, res: KnownActors, lex) -> Iterator[Candidate]:
    """ACCUSE candidates from naming verbs ("called X a Y", "described X as Y") and from reported
    copular clauses ("said X was a Y")."""
    naming = _lists()[4]
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        if lemma in naming:
            found = named_as(verb)
        elif lemma in lex.reporting:
            found = reported_copula(verb)
        else:
            continue
        if found is None or stated_otherwise(verb):
            continue
        thing, pred, anchor = found
        yield from _accusations(verb, thing, pred, anchor, res)


def _accusations(verb, thing, pred, anchor, res: KnownActors) -> Iterator[Candidate]:
    accusers = subjects_of(subject_token(verb), res)
    if not accusers:
        return
    accused = actors_of(thing, res) or [noun_subject(thing, res)]
    for skey, stok in accusers:
        for okey, otok in accused:
            if okey == skey:
                continue
            yield Candidate("ACCUSE", pred, skey, okey, stok, otok if okey else thing, ACCUSE, anchor)


def named_as(verb):
    """(thing, predicate, anchor) of "called the vote a sham", "described the ruling as unjust",
    "condemned the executions as barbaric", or None."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return None
    thing = objs[0]
    preds = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "ccomp", "xcomp") and c.i > thing.i]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            preds += [p for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]
    if verb.lemma_.lower() in ("see", "view", "regard", "portray", "paint") and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None    # "saw the vote" is no naming: "saw X as Y" is
    pred = next((p for p in preds if condemnatory(p)), None)
    return (thing, pred, verb) if pred is not None else None


def reported_copula(verb):
    """(thing, predicate, anchor) of "said the firebombing was a murderous act", "say the vote is a
    sham", or None."""
    adjectives = _lists()[2]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() == "be":
            thing = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            pred = next((c for c in clause.children if c.dep_ in ("attr", "acomp") and condemnatory(c)), None)
        else:   # a participle parsed as a passive: "said the election was rigged"
            thing = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            pred = clause if clause.lower_ in adjectives else None
        if thing is None or pred is None or thing.lower_ in ("it", "this", "that", "there") \
                or stated_otherwise(clause):
            continue
        return thing, pred, clause
    return None


def stated_otherwise(verb) -> bool:
    """A negated, conditional or hypothetical statement ("did not call it a sham", "would be a crime")."""
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "mark") and c.lower_ in NOT_STATED for c in verb.children)
