"""The parts of a noun phrase that name who is behind it: its possessors, its "by" agents, the objects
of its prepositions."""
from __future__ import annotations

from ..wordlists import words

TRADE_FLOWS = words("trade_flow_nouns")
TRADE_PREPS = words("trade_flow_preps")


def possessors(noun) -> list:
    """Whose thing a noun names, the actor behind it: "an inquiry into Gazprom's dealings"."""
    return [c for c in noun.children if c.dep_ == "poss"]


def by_agents(noun) -> list:
    """The doers of a nominal event named with "by", whose own prepositions the parser often takes
    for the event's: "an attack by pirates on a cargo ship" ("on a cargo ship" under "pirates")."""
    return prep_objects(noun, "by")


def prep_objects(tok, prep: str) -> list:
    """The objects of tok's preposition `prep` ("allegations of abuse": of -> abuse)."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ == prep for o in c.children if o.dep_ == "pobj"]


def trade_partners(noun) -> list:
    """The party goods go to or come from, when a noun names that trade: "arms exports to China",
    "oil imports from Russia" (China, Russia); none for other nouns."""
    if noun.lemma_.lower() not in TRADE_FLOWS:
        return []
    return [o for prep in TRADE_PREPS for o in prep_objects(noun, prep)]
