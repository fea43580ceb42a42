"""Attackers that news names in forms the clause's own arguments miss: the "by" phrase the parser
hangs on the victim instead of the act ("the assassination of a commander by Israel"), and people
described only as not known ("gunned down by unidentified men", "unknown persons attacked"): in
an act of violence such a description is the attacker, a group the text describes; and one
officer of a police force ("shot by a police officer", "an officer fired at the car"), whose force
acted."""
from __future__ import annotations

from ..resolve.participants import collective_entity, collective_span
from .actors import KnownActors
from .arguments import actors_of, entity_type
from .frames import Candidate

# modifiers that say who acted is not known ("unidentified gunmen" is read by resolution already)
UNKNOWN = frozenset({"unidentified", "unknown", "unnamed", "suspected"})
# people nouns such a modifier turns into a described attacker ("unknown persons", "unidentified men")
UNKNOWN_HEADS = frozenset({"man", "men", "person", "persons", "people", "individual", "youth", "assailant"})
# one member of a police force, as the doer of violence: the force acted
OFFICERS = frozenset({"officer", "policeman", "policewoman", "trooper", "deputy", "constable", "gendarme", "cop"})
# plural people nouns that, doing violence to someone named, are the group that did it ("people threw
# bottles at police", "youths attacked a shelter")
CROWD_HEADS = frozenset({"people", "youth", "man", "individual", "person"})
# words that point back at a group already named ("They shot a guard", "the group began throwing firebombs")
BACK_POINTERS = frozenset({"they", "group"})
# what a group pointed back at may be
GROUP_TYPES = frozenset({"ARMED_GROUP", "OTHER", "MILITARY", "GOVERNMENT"})
# what an attack's "by" phrase may name without being its attacker
NOT_ATTACKERS = frozenset({"LOCATION"})


def misattached_agent(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"The killing of two farmers by herders", "the assassination of a commander by Israel": the
    agent of an act noun, when the parser put its "by" phrase on the noun's "of" object."""
    noun = c.trigger
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for of in (p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"):
        for victim in (x for x in of.children if x.dep_ == "pobj"):
            for by in (p for p in victim.children if p.dep_ == "prep" and p.lower_ == "by"):
                for agent in (x for x in by.children if x.dep_ == "pobj"):
                    found = [(k, t) for k, t in actors_of(agent, res) if entity_type(k, res) not in NOT_ATTACKERS]
                    if found and found[0][0] != c.object:
                        return found[0]
    return None


def described_attacker(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"A trader was gunned down by unidentified men", "unknown persons threw a grenade": people
    described as not known, as the doer of violence, are the unnamed group that did it."""
    tok = c.subject_tok
    if tok is None or not (tok.dep_ == "nsubj" or tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
        return None
    if tok.lemma_.lower() in OFFICERS and tok.tag_ == "NN":
        entity, reason, label = collective_entity(tok, ("police", "police", "MILITARY"), res, res.gazetteer)
        res.add_mention(tok.doc[tok.i:tok.i + 1], entity, reason, label)
        return entity.key, tok
    if tok.lemma_.lower() not in UNKNOWN_HEADS and tok.lower_ not in UNKNOWN_HEADS:
        return None
    modifier = next((m for m in tok.lefts if m.dep_ == "amod" and m.lower_ in UNKNOWN), None)
    if modifier is None:
        return None
    plural = f"{modifier.lower_} {tok.lower_}"
    entity, reason, label = collective_entity(tok, (plural, plural, "ARMED_GROUP"), res, res.gazetteer)
    res.add_mention(collective_span(tok, res), entity, reason, label)
    return entity.key, tok


def crowd_attacker(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"People vandalized property and threw bottles at police", "youths attacked a shelter": plural
    people doing violence to someone named are the group that did it."""
    tok = c.subject_tok
    if tok is None or c.object is None or tok.dep_ != "nsubj" or tok.tag_ != "NNS" \
            or tok.lemma_.lower() not in CROWD_HEADS and tok.lower_ not in CROWD_HEADS:
        return None
    words_before = [m.lower_ for m in tok.lefts if m.dep_ in ("amod", "compound") and m.text.islower()]
    plural = " ".join((*words_before, tok.lower_))
    entity, reason, label = collective_entity(tok, (plural, plural, "OTHER"), res, res.gazetteer)
    res.add_mention(collective_span(tok, res), entity, reason, label)
    return entity.key, tok


def group_pointed_back(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"Two men robbed a store. They shot a guard.", "About 30 youths gathered ... The group began
    throwing firebombs": "they" or "the group" with no actor of its own is the plural group that
    was last a subject, in its sentence or the one before."""
    tok = c.subject_tok
    if tok is None or tok.lower_ not in BACK_POINTERS and tok.lemma_.lower() not in BACK_POINTERS:
        return None
    if tok.lower_ != "they" and not any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children):
        return None
    doc, sent = tok.doc, tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for prior in reversed(doc[start:tok.i]):
        key = res.token_entity.get(prior.i)
        # the subject, or what a subject counts ("dozens of masked youths")
        holder = prior.head.head if prior.dep_ == "pobj" and prior.head.lower_ == "of" else prior
        if holder.dep_ in ("nsubj", "nsubjpass", "ROOT") and prior.tag_ in ("NNS", "NNPS") and key is not None \
                and key != c.object and entity_type(key, res) in GROUP_TYPES:
            return key, tok
    return None


def shared_clause_subject(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """"A man who had been let go came in, shot and killed another man": verbs joined to a clause
    the parser hung under another verb, with no subject of their own and no "when"/"after", share
    the subject of the verb they hang on."""
    verb = c.trigger
    if verb.pos_ != "VERB":
        return None
    for _ in range(4):
        if any(x.dep_ in ("nsubj", "nsubjpass") for x in verb.children) or verb.dep_ != "conj":
            break
        verb = verb.head
    if verb.dep_ != "advcl" or any(x.dep_ in ("nsubj", "nsubjpass", "mark") for x in verb.children) \
            or any(x.dep_ == "advmod" and x.tag_ == "WRB" for x in verb.children):
        return None
    subject = next((x for x in verb.head.children if x.dep_ == "nsubj"), None)
    found = actors_of(subject, res) if subject is not None else []
    return found[0] if found and found[0][0] != c.object else None
