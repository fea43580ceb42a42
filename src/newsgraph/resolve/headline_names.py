"""The headline's actors are the body's: a document's title is resolved on its own (a short parse
of its own, extract/headline.py), and each actor it names is then looked up among the entities
the body resolved, with the machinery the body uses for short forms (resolve/surnames.py): a
headline's "Netanyahu" is the body's Benjamin Netanyahu, "Ansar" the body's Ansar Bayt al-Maqdis,
and a name or description the body writes the same way ("Police", "the army") is the body's
entity of that name. A headline actor the body never names keeps the entity the title's own
resolution gave it.
"""
from __future__ import annotations

from collections.abc import Mapping

from ..model import Entity
from .names import fold, person_key
from .surnames import NameMemory


def body_names(body: Mapping[str, Entity]) -> NameMemory:
    """The short-form memory of the body's named people and organisations, as the body's own
    resolution built it while reading: every name and alias remembered under its entity."""
    memory = NameMemory()
    for key, entity in body.items():
        if entity.type in ("PERSON", "ORGANIZATION", "ARMED_GROUP"):
            for name in (entity.name, *sorted(entity.aliases)):
                memory.remember(name, key, entity.type)
    return memory


def _by_name(body: Mapping[str, Entity]) -> dict[str, str]:
    """Folded name or alias -> body entity key, for the names only one body entity bears."""
    seen: dict[str, set[str]] = {}
    for key, entity in body.items():
        for name in (entity.name, *entity.aliases):
            if fold(name):
                seen.setdefault(fold(name), set()).add(key)
    return {name: next(iter(keys)) for name, keys in seen.items() if len(keys) == 1}


def body_key(entity: Entity, body: Mapping[str, Entity], memory: NameMemory, names: Mapping[str, str]) -> str | None:
    """The body entity a headline entity is, or None where the body does not name it."""
    if entity.key in body:
        return entity.key
    for name in (entity.name, *sorted(entity.aliases)):
        if fold(name) in names:
            return names[fold(name)]
    if entity.type == "PERSON" and 1 <= len(person_key(entity.name).split()) <= 2:
        key = memory.person(entity.name)
        if key is not None and key in body:
            return key
    if entity.type in ("ORGANIZATION", "ARMED_GROUP", "PERSON") and len(entity.name.split()) == 1:
        key = memory.org(entity.name)   # the recogniser may call a group's short name a person
        if key is not None and key in body:
            return key
    return None


def headline_keys(headline: Mapping[str, Entity], body: Mapping[str, Entity]) -> dict[str, str]:
    """Headline entity key -> the key it has in the document: the body's entity where the body
    names it, else its own."""
    memory, names = body_names(body), _by_name(body)
    return {key: body_key(entity, body, memory, names) or key for key, entity in headline.items()}


__all__ = ["body_key", "body_names", "headline_keys"]
