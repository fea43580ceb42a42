"""Evaluative statements as accusations: a speaker who calls a thing or an actor by a condemnatory
word disapproves of it (PLOVER ACCUSE, mode disapprove): "X called the vote a sham", "X described
the ruling as unjust", "X said the firebombing was a murderous act", "critics say the vote is a
sham". The accuser is the speaker; the accused is the actor called so, or the actor the sentence
names behind the thing ("Israel's blockade", "the junta's decree", "a vote by parliament"), else
nobody. Calling an accusation baseless rejects it (PLOVER REJECT): "said the charges were false".
The words are data: data/lexicon/words/evaluative.yaml."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of, subject_token
from .frames import Candidate, noun_subject, subjects_of
from .lexicon import Frame

FRAMES = {"ACCUSE": Frame(type="ACCUSE"), "REJECT": Frame(type="REJECT")}
# what makes a statement other than asserted: "would be a crime", "if it is a sham"
NOT_STATED = frozenset({"would", "could", "might", "may", "if", "whether", "unless"})
THINGS_POINTED = frozenset({"it", "this", "that", "these", "those", "there"})


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    return (words("condemnatory_nouns"), words("condemnatory_person_nouns"), words("condemnatory_adjectives"),
            words("condemnatory_phrases"), words("naming_verbs"))


def verdict(thing, pred, lex) -> str | None:
    """What calling `thing` `pred` does: an accusation called baseless is rejected ("said the
    charges were false"), anything called condemnable is accused ("called the vote a sham")."""
    noun = lex.nouns.get(thing.lemma_.lower())
    dismissive = words("dismissive_predicates")
    if noun is not None and noun.type == "ACCUSE" and (pred.lemma_.lower() in dismissive or pred.lower_ in dismissive):
        return "REJECT"
    if thing.lemma_.lower() in words("statement_proposal_nouns") and pred.lemma_.lower() in words(
            "statement_refusing_adjectives"):
        return "REJECT"   # "called the offer unacceptable": a proposal turned down, not an accusation
    return "ACCUSE" if condemnatory(pred) else None


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
            found = named_as(verb, lex)
        elif lemma in lex.reporting:
            found = reported_copula(verb, lex)
        else:
            continue
        if found is None or stated_otherwise(verb):
            continue
        thing, pred, anchor = found
        yield from _statements(verb, thing, pred, anchor, res, verdict(thing, pred, lex))


def _statements(verb, thing, pred, anchor, res: KnownActors, etype: str) -> Iterator[Candidate]:
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    # "the charges are seen by supporters as politically motivated": the agent speaks
    passive = thing.dep_ == "nsubjpass" and thing.head.i == verb.i
    accusers = subjects_of(agent if passive else subject_token(verb), res)
    if not accusers:
        return
    # "calling it unacceptable": whom "it" stands for is the thing, not an actor behind it
    accused = [(None, None)] if thing.lower_ in THINGS_POINTED else actors_of(thing, res) or [noun_subject(thing, res)]
    for skey, stok in accusers:
        for okey, otok in accused:
            if okey == skey:
                continue
            yield Candidate(etype, pred, skey, okey, stok, otok if okey else thing, FRAMES[etype], anchor)


def named_as(verb, lex):
    """(thing, predicate, anchor) of "called the vote a sham", "described the ruling as unjust",
    "the charges are seen as politically motivated", or None."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:
        return None
    thing = objs[0]
    preds = [c for c in verb.children if c.dep_ in ("oprd", "dobj", "ccomp", "xcomp") and c.i > thing.i]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            preds += [p for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]
        elif c.dep_ == "advcl" and any(x.lower_ == "as" for x in c.children):
            preds.append(c)   # "seen as politically motivated" parsed as a clause
    if verb.lemma_.lower() in ("see", "view", "regard", "portray", "paint") and not any(
            c.lower_ == "as" for x in verb.children for c in (x, *x.children)):
        return None    # "saw the vote" is no naming: "saw X as Y" is
    pred = next((p for p in preds if verdict(thing, p, lex)), None)
    return (thing, pred, verb) if pred is not None else None


def reported_copula(verb, lex):
    """(thing, predicate, anchor) of "said the firebombing was a murderous act", "say the vote is a
    sham", or None."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() == "be":
            thing = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            pred = next((c for c in clause.children if c.dep_ in ("attr", "acomp") and thing is not None
                         and verdict(thing, c, lex)), None)
        else:   # a participle parsed as a passive: "said the election was rigged"
            thing = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
            pred = clause if thing is not None and verdict(thing, clause, lex) else None
        if thing is None or pred is None or verdict(thing, pred, lex) == "REJECT":
            continue   # "said the charges were false", "said the offer was unacceptable": statements.py
        if stated_otherwise(clause) or thing.lower_ in THINGS_POINTED and any(
                x.dep_ in ("xcomp", "ccomp", "advcl") for t in (clause, pred) for x in t.children):
            continue   # "said it was illegal to ...": what is condemned is the clause, not a thing done
        return thing, pred, clause
    return None


def stated_otherwise(verb) -> bool:
    """A negated, conditional or hypothetical statement ("did not call it a sham", "would be a crime")."""
    return any(c.dep_ == "neg" or c.dep_ in ("aux", "mark") and c.lower_ in NOT_STATED for c in verb.children)
