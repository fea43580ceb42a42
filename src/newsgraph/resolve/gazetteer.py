"""The actor gazetteer: known actors declared as data (data/gazetteer/*.yaml, plus user files),
loaded once, and looked up by normalised name."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..model import ENTITY_TYPES
from .names import fold, name_key

# spaCy NER labels the entity ruler gives each gazetteer type
SPACY_LABEL = {
    "PERSON": "PERSON", "COUNTRY": "GPE", "LOCATION": "LOC", "GOVERNMENT": "ORG", "MILITARY": "ORG",
    "ARMED_GROUP": "ORG", "ORGANIZATION": "ORG", "MEDIA": "ORG", "ANONYMOUS_SOURCE": "ORG", "OTHER": "ORG",
}


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    parent: str | None = None
    relation: str | None = None          # AFFILIATION or LEADERSHIP to parent
    sectors: tuple[tuple[str, str], ...] = ()   # (sector, actor id) for countries
    roles: tuple[str, ...] = ()          # e.g. "president of EGY" for office holders

    @property
    def key(self) -> str:
        return f"gaz:{self.id}"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(slots=True)
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    by_fold: dict[str, str] = field(default_factory=dict)      # folded alias -> id (exact)
    by_key: dict[str, str] = field(default_factory=dict)       # name_key(alias) -> id (spelling variants)
    by_demonym: dict[str, str] = field(default_factory=dict)   # folded demonym/adjective -> country id
    by_capital: dict[str, str] = field(default_factory=dict)   # folded capital -> country id

    def add(self, actor: Actor) -> None:
        self.actors[actor.id] = actor
        for n in actor.names:
            self.by_fold.setdefault(fold(n), actor.id)
            k = name_key(n)
            # short keys (IS, US) only match exactly, never as spelling variants
            if len(k.replace(" ", "")) >= 4:
                self.by_key.setdefault(k, actor.id)
        for d in actor.demonyms:
            self.by_demonym.setdefault(fold(d), actor.id)
        if actor.capital:
            self.by_capital.setdefault(fold(actor.capital), actor.id)

    def lookup(self, name: str) -> Actor | None:
        """The actor a name denotes, by exact alias or by transliteration-tolerant key."""
        aid = self.by_fold.get(fold(name))
        if aid is None:
            k = name_key(name)
            if len(k.replace(" ", "")) >= 4:
                aid = self.by_key.get(k)
        return self.actors.get(aid) if aid else None

    def country_of_demonym(self, word: str) -> Actor | None:
        aid = self.by_demonym.get(fold(word))
        return self.actors.get(aid) if aid else None

    def country_of_capital(self, word: str) -> Actor | None:
        aid = self.by_capital.get(fold(word))
        return self.actors.get(aid) if aid else None

    def sector(self, country_id: str, sector: str) -> Actor | None:
        country = self.actors.get(country_id)
        if not country:
            return None
        for name, aid in country.sectors:
            if name == sector:
                return self.actors.get(aid)
        return None

    def ruler_patterns(self) -> list[dict]:
        """Phrase patterns for spaCy's entity ruler: every name and alias, with the actor's id."""
        patterns = []
        for actor in self.actors.values():
            label = SPACY_LABEL.get(actor.type, "ORG")
            for n in actor.names:
                if len(n) < 2:
                    continue
                patterns.append({"label": label, "pattern": n, "id": actor.id})
                if n[0].islower():
                    patterns.append({"label": label, "pattern": n[0].upper() + n[1:], "id": actor.id})
        return patterns


def _parse(entries: object, origin: str) -> list[Actor]:
    if not isinstance(entries, list):
        raise ConfigError(f"{origin}: a gazetteer file is a YAML list of actors")
    actors = []
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not e.get("id") or not e.get("name"):
            raise ConfigError(f"{origin}: entry {i + 1} needs at least 'id' and 'name'")
        typ = e.get("type", "OTHER")
        if typ not in ENTITY_TYPES:
            raise ConfigError(f"{origin}: entry {e['id']}: unknown type {typ!r} (one of {', '.join(ENTITY_TYPES)})")
        sectors = e.get("sectors") or {}
        actors.append(Actor(
            id=str(e["id"]), name=str(e["name"]), type=typ, country=e.get("country"),
            aliases=tuple(str(a) for a in e.get("aliases") or ()),
            demonyms=tuple(str(a) for a in e.get("demonyms") or ()),
            capital=e.get("capital"), parent=e.get("parent"), relation=e.get("relation"),
            sectors=tuple((str(k), str(v)) for k, v in sectors.items()),
            roles=tuple(str(r) for r in e.get("roles") or ()),
        ))
    return actors


def load_file(path: Path | str) -> list[Actor]:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read gazetteer ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{p}: invalid YAML ({exc})") from exc
    return _parse(data or [], str(p))


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The bundled gazetteer, then any user files (later entries with the same id replace earlier)."""
    gaz = Gazetteer()
    actors: dict[str, Actor] = {}
    folder = resources.files("newsgraph").joinpath("data/gazetteer")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".yaml", ".yml")):
            for a in _parse(yaml.safe_load(entry.read_text(encoding="utf-8")) or [], entry.name):
                actors[a.id] = a
    for path in extra:
        for a in load_file(path):
            actors[a.id] = a
    for a in actors.values():
        gaz.add(a)
    return gaz
