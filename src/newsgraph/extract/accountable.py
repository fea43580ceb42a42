"""Which unnamed collectives can be held to account in a statement: the other side of a demand, a
charge or a stance ("said the police had failed to protect the strikers", "said the authorities
must release them", "said tobacco companies had misled smokers").

An unnamed body of state, force, law or business acts as one and answers for what it does, and
news names it by its kind alone ("the police", "the court", "officials", "mobile operators"); a
scorer matches it to the named body by its name. People in general, crowds and criminals of a
kind ("residents should leave", "protesters must go home", "robbers had stolen") are not one
party: a demand on them is advice, a charge against them a crime reported. The kind's type is
the one the resolver gave the actor (resolve/participants.py, generic_kinds); civil bodies that act
as one by mandate ("the union", "NGOs") are named in statements.yaml.
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import UNNAMED, entity_type, unnamed

# types of the kinds that are bodies of state, force, law or business
INSTITUTIONAL = frozenset({"GOVERNMENT", "MILITARY", "ORGANIZATION"})
CIVIL_BODIES = words("accountable_civil_kinds")


def held_to_account(key: str, res: KnownActors) -> bool:
    """Whether the actor `key` can be the one a statement demands of, accuses or judges: any named
    actor, and of the unnamed collectives ("GENERIC:kind:place") those `res` types as a body of state,
    force, law or business, and the civil bodies of CIVIL_BODIES."""
    if not unnamed(key):
        return True
    kind = key[len(UNNAMED):].split(":")[0]
    head = kind.split()[-1] if kind else ""   # "video games firm": a firm
    return entity_type(key, res) in INSTITUTIONAL or head in CIVIL_BODIES

