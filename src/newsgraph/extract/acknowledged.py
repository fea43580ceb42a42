"""Words of support in senses that support no one (called by idle_acts.idle, after every construction
has spoken):

- "recognise" as acknowledging a fact or a need ("we have recognised the need for clearer leadership",
  "the United Nations recognised this", "recognised that the plan had flaws"): no side backed; a state, a
  government, a body or a result recognised stays ("recognised Kosovo", "recognise the new government");
- "recognise" as knowing someone by sight ("was unable to recognize his assailant", "neighbours recognised
  him from the photograph"): an identification, unless he is recognised as something ("recognised him as
  the legitimate president");
- "hail from" a place or a group ("fighters who hail from a minority ethnic group"): where they come from.
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import unnamed
from .quantities import is_people

# what is recognised in an act between actors when it is named by one of these words
RECOGNISED_BODIES = words("recognised_bodies")
PEOPLE_PRONOUNS = words("people_object_pronouns")


def acknowledged(event: Event, trigger, res: KnownActors) -> str | None:
    """The rule's name when the event's word of support is one of acknowledging, knowing by sight or
    coming from, or None."""
    if event.type != "SUPPORT" or trigger.pos_ != "VERB":
        return None
    lemma = trigger.lemma_.lower()
    if lemma == "hail" and any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children) \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return "hailing from"       # not "will hail Labour's record from now until polling day"
    if lemma not in ("recognise", "recognize"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children) or any(
            c.dep_ in ("oprd", "xcomp") for c in trigger.children):
        return None     # "recognised him as the legitimate president"
    recognised = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if any(c.dep_ == "ccomp" for c in trigger.children):
        return "acknowledging"      # "recognised that the plan had flaws"
    if recognised is None:
        return None
    if recognised.lower_ in PEOPLE_PRONOUNS or is_people(recognised) or recognised.ent_type_ == "PERSON" \
            or person(event.object, res):
        return "knowing by sight"
    if event.object is None and recognised.ent_type_ == "" and recognised.lemma_.lower() not in RECOGNISED_BODIES:
        return "acknowledging"      # "recognised the need for", "recognised this"
    return None


def person(key: str | None, res: KnownActors) -> bool:
    entity = res.entities.get(key) if key is not None and not unnamed(key) else None
    return entity is not None and entity.type == "PERSON"
