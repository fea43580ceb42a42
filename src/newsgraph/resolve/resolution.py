"""The value resolution produces: the entities of one document, their mentions and which entity
each token belongs to. The passes build a `ResolutionDraft`; `finish` turns it into the
`Resolution` that extraction reads and never changes."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..model import Entity, Mention
from .gazetteer import Actor


@dataclass(frozen=True, slots=True)
class Resolution:
    """The finished resolution of one document (read-only views; see ResolutionDraft for the
    fields). `mentions` are sorted by start offset, longer first."""
    entities: Mapping[str, Entity]
    mentions: tuple[Mention, ...]
    token_entity: Mapping[int, str]
    mention_head: Mapping[int, str]
    roles: Mapping[tuple[str, str | None], str]

    def entity_at(self, i: int) -> str | None:
        return self.token_entity.get(i)

    def actor_at(self, i: int) -> str | None:
        """The actor token `i` stands for: the key of the mention headed at `i`, else that of the
        mention holding it (the entity a name, noun or pronoun refers to, wherever it is read)."""
        return self.mention_head.get(i) or self.token_entity.get(i)


@dataclass(slots=True)
class ResolutionDraft:
    """The resolution of one document while its passes run (resolve_document returns the finished
    `Resolution`): the entities, their mentions, and which entity each token belongs to.

    - `entities`: key -> Entity for every entity mentioned;
    - `mentions`: every Mention (reason says why it was resolved), sorted by `finish`;
    - `token_entity`: token index -> key, for every token inside a mention;
    - `mention_head`: head token index of a mention -> key;
    - `roles`: (role, country id or None) -> key of the person the document names in that role
      ("prime minister", "ISR") -> "gaz:NETANYAHU"; `role_source`: key -> how the role was learnt;
    - `kinds`: key -> what the document or the gazetteer calls the body ("airline", "union"),
      for the descriptions that refer back to it (resolve/kinds.py).

    `add_mention` records a mention (later passes never take a token an earlier one claimed),
    `clear` drops the mentions inside a span before a longer phrase replaces them, `covered`
    tells whether any token of a range belongs to a mention.
    """
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    token_entity: dict[int, str] = field(default_factory=dict)   # token index -> entity key
    mention_head: dict[int, str] = field(default_factory=dict)   # head token index of a mention -> key
    roles: dict[tuple[str, str | None], str] = field(default_factory=dict)
    role_source: dict[str, str] = field(default_factory=dict)    # key -> how its role was learnt
    kinds: dict[str, set[str]] = field(default_factory=dict)     # key -> what it is called ("airline")
    # a subject pronoun -> the bare title subject before it, given its holder later (resolve/title_pronouns.py)
    title_pronouns: dict[int, int] = field(default_factory=dict)
    # the gazetteer the document is resolved with (the bundled one and the user's --gazetteer files)
    gazetteer: object = None

    def entity_at(self, i: int) -> str | None:
        return self.token_entity.get(i)

    def actor_at(self, i: int) -> str | None:
        """The actor token `i` stands for: the key of the mention headed at `i`, else that of the
        mention holding it (the entity a name, noun or pronoun refers to, wherever it is read)."""
        return self.mention_head.get(i) or self.token_entity.get(i)

    def finish(self) -> Resolution:
        """The finished value: mentions in text order, every table read-only."""
        mentions = tuple(sorted(self.mentions, key=lambda m: (m.start, -m.end)))
        return Resolution(entities=MappingProxyType(self.entities), mentions=mentions,
                          token_entity=MappingProxyType(self.token_entity),
                          mention_head=MappingProxyType(self.mention_head),
                          roles=MappingProxyType(self.roles))

    def clear(self, span) -> None:
        """Forget the mentions inside `span` (a longer phrase is about to replace them)."""
        lo, hi = span.start_char, span.end_char
        self.mentions = [m for m in self.mentions if not (lo <= m.start and m.end <= hi)]
        for tok in span:
            self.token_entity.pop(tok.i, None)
            self.mention_head.pop(tok.i, None)

    def covered(self, start: int, end: int) -> bool:
        return any(i in self.token_entity for i in range(start, end))

    def add_mention(self, span, entity: Entity, reason: str, label: str = "", alias: bool = True,
                    head: int | None = None) -> None:
        """Record `span` as a mention of `entity`; `alias=False` keeps the surface form out of the
        entity's aliases (pronouns and descriptions are not names)."""
        known = self.entities.get(entity.key)
        if known is None:
            self.entities[entity.key] = known = entity
        if alias:
            known.aliases.add(span.text)
        self.mentions.append(Mention(span.start_char, span.end_char, span.text, entity.key,
                                     label or span.label_, reason))
        for tok in span:
            self.token_entity.setdefault(tok.i, entity.key)
        self.mention_head[span.root.i if head is None else head] = entity.key


def entity_for_actor(actor: Actor) -> Entity:
    return Entity(key=actor.key, name=actor.name, type=actor.type, country=actor.country,
                  aliases=set(actor.aliases), reason="gazetteer",
                  parent=f"gaz:{actor.parent}" if actor.parent else None)


def office_country(roles: Mapping[tuple[str, str | None], str], holder: str,
                   offices: frozenset[str] | None = None) -> str | None:
    """The one country whose office the document's `roles` give `holder` ("South Sudan President Salva Kiir"),
    among `offices` where given (a head's titles, a state's leading offices), or None: none, or several."""
    countries = {country for (office, country), key in roles.items()
                 if key == holder and country and (offices is None or office in offices)}
    return next(iter(countries)) if len(countries) == 1 else None
