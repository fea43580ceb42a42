"""The actors extraction sees: the finished Resolution of the document plus the actors that
extraction itself had to create (unnamed collectives such as "gunmen in Sinai", a country that
stands for its capital, the country of a head of state). The Resolution is never changed; the
new actors are handed back separately and `analyse` combines the two."""
from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass

from ..model import Entity, Event, Mention
from ..resolve.gazetteer import Actor
from ..resolve.resolution import Resolution, entity_for_actor


class _Layered(ChainMap):
    """A ChainMap of two maps, the new over the resolved, with its lookups written for two:
    ChainMap's own walk the maps through a generator, and extraction asks about every token."""

    def __getitem__(self, key):
        new, old = self.maps
        return new[key] if key in new else old[key]

    def get(self, key, default=None):
        new, old = self.maps
        return new[key] if key in new else old.get(key, default)

    def __contains__(self, key) -> bool:
        new, old = self.maps
        return key in new or key in old


class KnownActors:
    """Read like a Resolution (`entities`, `token_entity`, `mention_head`, `entity_at`,
    `actor_at`, `mentions`); `add_actor` and `add_mention` record new actors in `new_entities` and
    `new_mentions` only. `mentions` are the resolution's, in text order."""

    def __init__(self, resolution: Resolution, gazetteer=None) -> None:
        self.resolution = resolution
        self.gazetteer = gazetteer    # for the country of a capital or of forces, where given
        self.new_entities: dict[str, Entity] = {}
        self.new_mentions: list[Mention] = []
        self._new_tokens: dict[int, str] = {}
        self._new_heads: dict[int, str] = {}
        self.entities = _Layered(self.new_entities, resolution.entities)
        self.token_entity = _Layered(self._new_tokens, resolution.token_entity)
        self.mention_head = _Layered(self._new_heads, resolution.mention_head)
        self.mentions = resolution.mentions

    def entity_at(self, i: int) -> str | None:
        return self.token_entity.get(i)

    def actor_at(self, i: int) -> str | None:
        """The actor token `i` stands for: the key of the mention headed at `i`, else that of the
        mention holding it (the entity a name, noun or pronoun refers to, wherever it is read)."""
        return self.mention_head.get(i) or self.token_entity.get(i)

    def add_actor(self, actor: Actor) -> None:
        """A gazetteer actor the document does not mention by name."""
        if actor.key not in self.entities:
            self.new_entities[actor.key] = entity_for_actor(actor)

    def add_mention(self, span, entity: Entity, reason: str, label: str) -> None:
        """An actor mentioned by `span`: a new one (its text becomes an alias), or one that
        resolution already made for another phrase ("police" named twice), which is left as it is;
        tokens a resolved mention holds keep their entity."""
        if entity.key not in self.resolution.entities:
            known = self.new_entities.setdefault(entity.key, entity)
            known.aliases.add(span.text)
        self.new_mentions.append(Mention(span.start_char, span.end_char, span.text, entity.key, label, reason))
        for tok in span:
            if tok.i not in self.token_entity:
                self._new_tokens[tok.i] = entity.key
        self._new_heads[span.root.i] = entity.key


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction learns from a resolved document: its events and the actors it created."""
    events: list[Event]
    new_entities: dict[str, Entity]
    new_mentions: list[Mention]
