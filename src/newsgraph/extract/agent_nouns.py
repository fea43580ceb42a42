"""Nouns that can act though no actor was resolved for them ("the government", "officials", "a
man", "thousands"): a side a sentence names, resolved or not."""
from __future__ import annotations

from .arguments import GENERIC_ACTORS, MEMBER_NOUNS
from .entity_lookup import ACTOR_LABELS
from .quantities import is_people


def agentive(tok) -> bool:
    """A noun that can act though no actor was resolved for it: "the government", "officials",
    "a man", a name, a crowd counted ("thousands rallied")."""
    lemma = tok.lemma_.lower()
    return is_people(tok) or lemma in MEMBER_NOUNS or lemma in GENERIC_ACTORS or tok.ent_type_ in ACTOR_LABELS \
        or crowd(tok)


def crowd(tok) -> bool:
    """A crowd counted without a noun of its own: "thousands", "hundreds", "tens of thousands"."""
    return tok.tag_ == "NNS" and tok.ent_type_ == "CARDINAL" and not any(c.dep_ == "prep" for c in tok.children)
