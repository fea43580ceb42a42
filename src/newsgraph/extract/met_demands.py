"""Whom a demand was made of, when the sentence tells it answered: the one who meets, grants, refuses or
ignores a demand was asked ("Ford met the union's demands": the union asked Ford; "the firms said they
had met many of the government's demands": the government asked the firms). A demand noun read as a
REQUEST with no one asked takes the subject of the verb that answers it, straight or through a partitive
("most of", "many of"); calls.py reads the same for a demand with what it asks ("approve requests to").
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import PARTITIVE
from .frames import Candidate, clause_subject

# the nouns of a demand, and the verbs whose subject answers one
DEMANDS = words("answered_demand_nouns")
ANSWERING = words("answering_verbs") | words("demand_granting_verbs") | words("demand_meeting_verbs")


def answering_verb(noun):
    """The verb a demand noun is the object of, itself or through a partitive ("met most of its demands")."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PARTITIVE:
        tok = tok.head.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ANSWERING:
        return tok.head
    return None


def demand_answerers(candidates: list[Candidate], res: KnownActors) -> None:
    """Give a demand asked of no one the one who answers it (see the module)."""
    for c in candidates:
        if c.type != "REQUEST" or c.object is not None or c.subject is None or c.trigger.pos_ != "NOUN" \
                or c.trigger.lemma_.lower() not in DEMANDS:
            continue
        verb = answering_verb(c.trigger)
        key, tok = clause_subject(verb, res) if verb is not None else (None, None)
        if key is not None and key != c.subject:
            c.object, c.object_tok = key, tok
