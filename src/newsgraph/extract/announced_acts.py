"""The doer a passive act of law enforcement leaves unnamed, when the body announcing it is the
one that does such acts: "Police said two men were arrested" or "are under arrest" (the police
arrested them), "The interior ministry said 40 suspects were detained". News writes police and ministry statements
this way; leaving the side empty loses who acted. Only police, forces and state bodies, only the
acts they do themselves (data: announced_acts), and only a passive with no agent of its own."""
from __future__ import annotations

from ..model import Source
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import entity_type, standing_for
from .voice import is_passive

ANNOUNCED_ACTS = words("announced_acts")
# bodies that arrest, detain and charge: police and forces, ministries and other state bodies
ENFORCING_TYPES = frozenset({"MILITARY", "GOVERNMENT"})
# "officials" of no named body may be a school's or a hospital's ("officials at the school said he
# was arrested"); police and "authorities" are the ones who arrest
UNSPECIFIED_BODY = "GENERIC:official:"
# a state body other than the police or forces ("authorities", a ministry, "Canadian authorities")
# announcing an arrest reports it: which body made it is left unsaid (the audit judges it so)
POLICE_WORDS = words("police_force_words")


def announcing_body(trigger, subject: str | None, obj: str | None, source: Source | None,
                    res: KnownActors) -> str | None:
    """The body that announced a passive act of law enforcement nobody else is named for, or None."""
    passive = trigger.pos_ == "VERB" and is_passive(trigger) and not any(c.dep_ == "agent" for c in trigger.children)
    if subject is not None or source is None or source.entity is None \
            or trigger.lemma_.lower() not in ANNOUNCED_ACTS or not (passive or held_under(trigger)):
        return None
    body = standing_for(source.entity, res)
    if body == obj or entity_type(body, res) not in ENFORCING_TYPES or body.startswith(UNSPECIFIED_BODY):
        return None
    # a police force named by its initials ("the NYPD said"): its name says what it is
    named = f"{source.text} {res.entities[body].name if body in res.entities else ''}"
    if entity_type(body, res) != "MILITARY" and not POLICE_WORDS & set(named.lower().split()):
        return None
    return body


def held_under(trigger) -> bool:
    """The state an act of law enforcement leaves its object in, said of them: "two men are under
    arrest", which reports the arrest as the passive does."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "under"
