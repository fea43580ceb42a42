"""The police force a story names, which its bare "police" then is: "the NYPD ... threw bottles at
police", "Surrey Police said ... Police are appealing for witnesses", "Troy police ... Police said".

Local news names its force once and then writes "police"; a reader takes that force, not the
country's police in general. The forces are the document's mentions of a body whose name ends in a
police word ("Bloomington Police Department", "Northumbria Police", a gazetteer force such as the
NYPD, named "New York City Police Department") and the local police participants placed ("police
(Troy)" for "Troy police"). Forms of one force ("Bloomington Police", "Bloomington Police
Department", "Bloomington police") are one; two forces leave "police" to the story's country.
"""
from __future__ import annotations

import re

from ..model import Entity
from .coref import UNNAMED as GENERIC
from .names import name_key
from .resolution import ResolutionDraft

# a force's name: a place, then a police word ("Surrey Police", "Anchorage Police Department")
FORCE_NAME = re.compile(r"^(?:the )?(.+?) (?:police(?: department| service| force)?|constabulary)$", re.IGNORECASE)
PLACED_POLICE = f"{GENERIC}police:LOCATION:"


def force_place(key: str, ent: Entity) -> str | None:
    """The place key a police force is named after, or None when the entity is no force."""
    if key.startswith(PLACED_POLICE):
        return key[len(PLACED_POLICE):]
    found = FORCE_NAME.match(ent.name) if ent.type == "GOVERNMENT" else None
    return name_key(found.group(1)) if found else None


def named_force(res: ResolutionDraft) -> Entity | None:
    """The one police force the document's mentions name (see the module), or None."""
    forces: dict[str, list[Entity]] = {}
    for key in dict.fromkeys(m.entity for m in res.mentions):
        ent = res.entities.get(key)
        place = force_place(key, ent) if ent is not None else None
        if place:
            forces.setdefault(place, []).append(ent)
    if len(forces) != 1:
        return None
    named = next(iter(forces.values()))
    return next((e for e in named if not e.key.startswith(GENERIC)), named[0])    # its name over "police (Troy)"
