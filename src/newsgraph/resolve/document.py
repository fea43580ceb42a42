"""Resolution within one document: every span that names an actor or place becomes a Mention
tied to an entity key.

Order of evidence: the gazetteer (entity ruler id, then alias lookup), then names met earlier in
the same document (a surname to the full name), then the NER label for unknown actors.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Entity, Mention
from .gazetteer import Actor, Gazetteer
from .names import fold, name_key, strip_titles, surname_key

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
TYPE_OF_LABEL = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION",
                 "FAC": "LOCATION", "NORP": "OTHER"}


@dataclass(slots=True)
class Resolution:
    """The entities of one document, their mentions, and which entity each token belongs to."""
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    token_entity: dict[int, str] = field(default_factory=dict)   # token index -> entity key
    mention_head: dict[int, str] = field(default_factory=dict)   # head token index of a mention -> key

    def entity_at(self, i: int) -> str | None:
        return self.token_entity.get(i)

    def add_mention(self, span, entity: Entity, reason: str, label: str = "") -> None:
        known = self.entities.get(entity.key)
        if known is None:
            self.entities[entity.key] = known = entity
        known.aliases.add(span.text)
        self.mentions.append(Mention(span.start_char, span.end_char, span.text, entity.key,
                                     label or span.label_, reason))
        for tok in span:
            self.token_entity.setdefault(tok.i, entity.key)
        self.mention_head[span.root.i] = entity.key


def entity_for_actor(actor: Actor) -> Entity:
    return Entity(key=actor.key, name=actor.name, type=actor.type, country=actor.country,
                  aliases=set(actor.aliases), reason="gazetteer",
                  parent=f"gaz:{actor.parent}" if actor.parent else None)


def clean_span(span):
    """Drop leading determiners and trailing possessives from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "’", "'"}):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def resolve_document(doc, gaz: Gazetteer) -> Resolution:
    res = Resolution()
    persons: dict[str, str] = {}       # surname key -> entity key of the full name met earlier
    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        span = clean_span(ent)
        if span is None:
            continue
        actor = gaz.actors.get(ent.ent_id_) if ent.ent_id_ else None
        if actor is None:
            actor = gaz.lookup(span.text)
        if actor is None and ent.label_ == "NORP":
            actor = gaz.country_of_demonym(span.text)
        if actor is not None:
            res.add_mention(span, entity_for_actor(actor), "gazetteer")
            continue
        if ent.label_ == "NORP":
            continue  # an unknown nationality or religion is not an actor
        name = strip_titles(span.text)
        if ent.label_ == "PERSON":
            sk = surname_key(name)
            if len(name.split()) == 1 and sk in persons:
                ent_key = persons[sk]
                res.add_mention(span, res.entities[ent_key], "alias rule: surname of a full name in the document")
                continue
            key = f"PERSON:{name_key(name)}"
            if len(name.split()) > 1:
                persons.setdefault(sk, key)
        else:
            key = f"{TYPE_OF_LABEL[ent.label_]}:{name_key(name)}"
        if not name_key(name):
            continue
        res.add_mention(span, Entity(key=key, name=name, type=TYPE_OF_LABEL[ent.label_], reason="name"), "ner")
    return res


__all__ = ["Resolution", "clean_span", "entity_for_actor", "fold", "resolve_document"]
