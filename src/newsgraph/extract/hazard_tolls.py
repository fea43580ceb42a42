"""The toll of a natural hazard read as violence with no doer: "ten people were killed and at least 50
injured when an earthquake razed villages", "more than 200 injured by the quake", "a quake hit the
province leaving 24 dead and over 200 injured", "a powerful earthquake that killed 10 people". PLOVER
ASSAULT and COERCE are acts of actors; keep.py already drops a hazard that is the candidate's own doer
("Hurricane Ivan hit Grenada"), these are the tolls whose hazard stands in another clause of the
sentence (one_sided.one_sided_rule drops them)."""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .sense_words import lemma_in

HAZARDS = frozenset(words("natural_hazards"))
TOLL_TYPES = frozenset({"ASSAULT", "COERCE"})
# the roles in which a clause names what did it: its subject, or the agent of a passive ("by the quake");
# and the prepositions of a toll taken in it ("killed in the earthquake")
DOER_DEPS = frozenset({"nsubj", "nsubjpass"})
TOLL_PREPS = frozenset({"by", "in"})
# how far up the parse the hazard's clause is looked for: the trigger's clause, a conjoined or
# participle clause, the clause it hangs on ("when an earthquake razed", "leaving 24 dead")
REACH = 3


def hazard_toll(event: Event, trigger) -> bool:
    """Violence or coercion with no doer whose clause, or a clause it hangs on, names a natural hazard
    as what did it."""
    if event.type not in TOLL_TYPES or trigger is None or event.subject is not None:
        return False
    tok = trigger
    for _ in range(REACH):
        if names_hazard(tok):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return names_hazard(tok)


def names_hazard(verb) -> bool:
    """The word's clause names a hazard as what did it: as a subject ("when an earthquake razed"), the
    agent of a passive or the place of a toll ("injured by the quake", "killed in the earthquake"), or
    as the antecedent of the word's relative clause ("an earthquake that killed")."""
    if verb.dep_ == "relcl" and lemma_in(verb.head, HAZARDS):
        return True
    return any(lemma_in(t, HAZARDS) and (t.dep_ in DOER_DEPS or t.dep_ == "pobj" and t.head.lower_ in TOLL_PREPS)
               and not described_place(t, verb) for t in verb.subtree)


def described_place(hazard, verb) -> bool:
    """The hazard is told of a thing the clause names, not of the clause's act: "detained in the area
    hit by the earthquake" (a clause on a noun between them; a clause on a number is the toll's own:
    "30 were killed and 100 injured by the quake")."""
    tok = hazard
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        tok = tok.head
    return False
