"""What entity a token or key is: the actor a token's mention resolved to (an anonymous source
standing for its body), an entity's type, whether it is an unnamed description."""
from __future__ import annotations

from ..resolve.they_pronouns import UNNAMED
from .actors import KnownActors

# recogniser labels of a place, not a participant (a side named as a place stands for where, not who)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# recogniser labels of a name that may be an actor: a person, a body, a people or a state
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def entity_of_token(tok, res: KnownActors) -> str | None:
    key = res.actor_at(tok.i)
    if key is None:
        return None
    return standing_for(key, res)


def standing_for(key: str, res: KnownActors) -> str:
    """Anonymous sources act for the body they belong to ("Israeli officials" -> Israel)."""
    ent = res.entities.get(key)
    if ent is not None and ent.type == "ANONYMOUS_SOURCE" and ent.parent:
        return ent.parent
    return key


def described(key: str, res: KnownActors) -> bool:
    """Whether an entity is an unnamed description ("a local businessman", "protesters")."""
    ent = res.entities.get(key)
    return ent is not None and ent.reason in ("description", "generic description")


def entity_type(key: str | None, res: KnownActors) -> str | None:
    ent = res.entities.get(key) if key else None
    return ent.type if ent is not None else None


def unnamed(key: str | None) -> bool:
    """Whether `key` is an unnamed collective's ("GENERIC:protester:Tehran", made by resolve/participants.py)."""
    return key is not None and key.startswith(UNNAMED)


def named_other(key: str | None, exclude: str | None = None) -> bool:
    """Whether `key` is a named actor other than `exclude`: not an unnamed collective nor a phrase
    made an actor of its own ("OTHER:"), whose owner the phrase may not be."""
    return key is not None and key != exclude and not unnamed(key) and not key.startswith("OTHER:")
