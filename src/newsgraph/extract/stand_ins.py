"""A state or place that stands in, on an event's object side, for the people the sentence names:
"kidnapped two French nationals" -> France, "killed three Palestinians" -> Palestine. The state is
only the nationality of private people there: the side is those people (an actor of this document,
as resolution makes for "fishermen (Yemen)"), not the state. What a state owns stays its own:
"Israeli soldiers", "Sudanese officials", "UK policy" (a thing, not people)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Entity, Event
from ..resolve.participants import FORCES, INDIVIDUAL_NOUNS
from ..wordlists import words
from .actors import KnownActors
from .arguments import MEMBER_NOUNS
from .quantities import is_people

PLACE_KINDS = frozenset({"COUNTRY", "LOCATION"})
# "a French national" is one of France's: a standing relation to the state itself
RELATIONS = frozenset({"AFFILIATION", "LEADERSHIP"})
# people a state has only as its nationals: "two French nationals", "British expatriates"
NATIONALS = words("nationals")
# people who serve or speak for their state: the state acts or is acted on through them
STATE_OWNED = (MEMBER_NOUNS - INDIVIDUAL_NOUNS) | FORCES


def side_span(text: str, event: Event, doc):
    at = event.sentence.find(text) if text else -1
    if at < 0:
        return None
    span = doc.char_span(event.start + at, event.start + at + len(text), alignment_mode="expand")
    return span if span is not None and len(span) else None


def people_head(span, key: str, res: KnownActors):
    """The people noun heading a side phrase whose state or place `key` is only their nationality
    or home ("Yemeni fishermen", "three Palestinians"), or None."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in STATE_OWNED:
        return None
    if res.token_entity.get(head.i) == key:
        # the name itself heads the phrase: only a plural nationality noun is its people
        return head if head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS") else None
    people = is_people(head) or head.lemma_.lower() in INDIVIDUAL_NOUNS | NATIONALS
    modified = any(res.token_entity.get(t.i) == key for c in head.lefts
                   if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree)
    return head if people and modified else None


def people_actor(head, key: str, res: KnownActors) -> str:
    """The key of the people `head` names, of the state `key`: "French nationals" -> "nationals
    (France)", "Palestinians" -> "Palestinians"."""
    state = res.entities[key]
    if res.token_entity.get(head.i) == key:
        name, kind = head.text, head.lower_
    else:
        name, kind = f"{head.lower_} ({state.name})", head.lemma_.lower()
    entity = Entity(key=f"GENERIC:{kind}:{key}", name=name, type="OTHER", country=state.country,
                    reason="generic description", aliases={head.text})
    start = head.left_edge.i
    while start < head.i and head.doc[start].dep_ in ("det", "nummod", "quantmod", "advmod", "punct"):
        start += 1
    res.add_mention(head.doc[start:head.i + 1], entity, "nationals of a state", label="GENERIC")
    return entity.key


def people_for_state(event: Event, doc, res: KnownActors) -> Event:
    """The event with its object side the people a state or place there stands for, or as it is."""
    key = event.object
    ent = res.entities.get(key) if key else None
    if ent is None or ent.type not in PLACE_KINDS or event.type in RELATIONS:
        return event
    span = side_span(event.object_text, event, doc)
    head = people_head(span, key, res) if span is not None else None
    if head is None:
        return event
    return replace(event, object=people_actor(head, key, res))
