"""The actor gazetteer: known actors declared as data (data/gazetteer/*.yaml, plus user files),
loaded once, and looked up by normalised name.

Countries get their state bodies without having to spell them out: for every COUNTRY with a
demonym, a government, military, air force, navy, police and intelligence actor is derived
(ids `<ISO>-GOV`, `-MIL`, `-AF`, `-NAV`, `-POL`, `-INT`, named from the demonym: "Egyptian
military"), and its political opposition (`-OPP`, "Kenyan opposition"; no state body). An entry in a YAML file with one of those ids (or named in the country's `sectors`)
replaces the derived one and keeps its generic aliases ("Israeli army" for the IDF).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..bounded import BoundedCache
from ..errors import ConfigError
from ..model import ENTITY_TYPES
from ..wordlists import parse_yaml, table
from .names import fold, name_key, person_key, significant, strip_titles

# spaCy NER labels the entity ruler gives each gazetteer type
SPACY_LABEL = {
    "PERSON": "PERSON", "COUNTRY": "GPE", "LOCATION": "LOC", "GOVERNMENT": "ORG", "MILITARY": "ORG",
    "ARMED_GROUP": "ORG", "ORGANIZATION": "ORG", "MEDIA": "ORG", "ANONYMOUS_SOURCE": "ORG", "OTHER": "ORG",
}

# Sector -> (id suffix, type, head nouns naming it after a demonym or "Egypt's").
SECTORS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    sector: (spec["id_suffix"], spec["type"], tuple(spec["nouns"])) for sector, spec in table("sectors").items()}
SECTOR_NOUNS: dict[str, str] = {noun: sector for sector, (_, _, nouns) in SECTORS.items() for noun in nouns}
# the words before "guard" that make it a state's force, not one guard ("the coast guard", "the national guard"):
# the military sector's "<word> guard" phrases, declared there once (resolve/participants.guard_body and
# story_country.py read them)
GUARD_BODIES = frozenset(noun.split()[0] for noun in SECTORS["military"][2]
                         if len(noun.split()) == 2 and noun.endswith(" guard"))
# The canonical English word for each derived body: "Egyptian military", "Egyptian police".
SECTOR_WORD = {sector: sector.replace("_", " ") for sector in SECTORS}
FOUND_KEPT = 65536   # lookup's answers kept by name


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
    roles: tuple[str, ...] = ()          # "president of EGY" (current), "former president of EGY"
    metonyms: tuple[str, ...] = ()       # names of places that stand for the actor ("the Kremlin")
    derived: bool = False                # made by the loader from a country, not written in a file
    generic: tuple[str, ...] = ()        # derived phrases ("Egypt's army"): matched, not listed as aliases
    kinds: tuple[str, ...] = ()          # what news calls it ("airline", "party"): "the airline" refers to it
    adjectives: tuple[str, ...] = ()     # words for it before a noun ("the Republican bill"): NORP only

    @property
    def key(self) -> str:
        return f"gaz:{self.id}"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.metonyms, *self.generic)

    @property
    def is_party(self) -> bool:
        """A political party (its kinds say so); with a country, a party of that state's politics."""
        return "party" in self.kinds


@dataclass(slots=True)
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)
    by_fold: dict[str, str] = field(default_factory=dict)      # folded alias -> id (exact)
    by_key: dict[str, str] = field(default_factory=dict)       # name_key(alias) -> id (spelling variants)
    by_person: dict[str, str] = field(default_factory=dict)    # person_key(name) -> id of a PERSON
    by_demonym: dict[str, str] = field(default_factory=dict)   # folded demonym/adjective -> country id
    by_capital: dict[str, str] = field(default_factory=dict)   # folded capital -> country id
    by_adjective: dict[str, str] = field(default_factory=dict)  # folded adjective -> id of a non-country
    by_role: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # "president of EGY" -> ids
    children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # parent id -> ids
    _ambiguous: set[str] = field(default_factory=set)
    # lookup's answers by name: documents ask about the same names again and again (emptied by add)
    _found: BoundedCache = field(default_factory=lambda: BoundedCache(FOUND_KEPT), repr=False, compare=False)

    def add(self, actor: Actor) -> None:
        self._found.clear()
        self.actors[actor.id] = actor
        generic = set(actor.generic)
        for n in actor.names:
            self.by_fold.setdefault(fold(n), actor.id)
            if actor.derived or n in generic or n.isupper() or any(ch.isdigit() for ch in n):
                continue  # generic phrases ("Libyan army") and acronyms (MENA) match exactly, never loosely
            k = name_key(n)
            # short keys (IS, US) only match exactly, never as spelling variants
            if significant(k):
                self._add_loose(self.by_key, k, actor.id)
            if actor.type == "PERSON":
                pk = person_key(n)
                if significant(pk) and len(pk.split()) > 1:
                    self._add_loose(self.by_person, pk, actor.id)
        for d in actor.demonyms:
            self.by_demonym.setdefault(fold(d), actor.id)
        if actor.capital:
            self.by_capital.setdefault(fold(actor.capital), actor.id)
        for a in actor.adjectives:
            self.by_adjective.setdefault(fold(a), actor.id)
        for r in actor.roles:
            self.by_role[fold(r)].append(actor.id)
        if actor.parent:
            self.children[actor.parent].append(actor.id)

    def _add_loose(self, index: dict[str, str], key: str, aid: str) -> None:
        """A loose key shared by two actors (Guinea/Guyana) is ambiguous: it matches neither."""
        if key in self._ambiguous:
            return
        known = index.get(key)
        if known is not None and known != aid:
            del index[key]
            self._ambiguous.add(key)
        else:
            index[key] = aid

    def actor_of_key(self, key: str | None) -> Actor | None:
        """The listed actor an entity key names ("gaz:EGY"), or None for any other key."""
        return self.actors.get(key[4:]) if key and key.startswith("gaz:") else None

    def exact(self, name: str) -> Actor | None:
        """The actor written exactly so (after folding)."""
        aid = self.by_fold.get(fold(name))
        return self.actors.get(aid) if aid else None

    def lookup(self, name: str) -> Actor | None:
        """The actor a name denotes, by exact alias or by transliteration-tolerant key."""
        return self._found.fetch(name, self._lookup)   # bounded: the names of a long run

    def _lookup(self, name: str) -> Actor | None:
        aid = self.by_fold.get(fold(name))
        if aid is None:
            k = name_key(name)
            # one short word is too weak a key for a spelling variant ("Bedouin" is no "Biden")
            if significant(k) and (" " in k or len(k) >= 7):
                aid = self.by_key.get(k)
        if aid is None:
            stripped = strip_titles(name)
            if stripped != name:
                aid = self.by_fold.get(fold(stripped))
                pk = person_key(name)
                if aid is None and significant(pk):
                    aid = self.by_person.get(pk) or self.by_key.get(pk)
        return self.actors.get(aid) if aid else None

    def country_of_demonym(self, word: str) -> Actor | None:
        aid = self.by_demonym.get(fold(word))
        return self.actors.get(aid) if aid else None

    def of_adjective(self, word: str) -> Actor | None:
        """The actor (not a country) an adjective stands for: "Republican" -> the Republican Party."""
        aid = self.by_adjective.get(fold(word))
        return self.actors.get(aid) if aid else None

    def country_of_capital(self, word: str) -> Actor | None:
        aid = self.by_capital.get(fold(word))
        return self.actors.get(aid) if aid else None

    def country_named(self, text: str) -> Actor | None:
        """A country by its name, an alias or its demonym ("Egypt", "Egyptian", "the US")."""
        actor = self.lookup(text)
        if actor is not None and actor.type == "COUNTRY":
            return actor
        return self.country_of_demonym(text)

    def sector(self, country_id: str, sector: str) -> Actor | None:
        country = self.actors.get(country_id)
        if not country:
            return None
        for name, aid in country.sectors:
            if name == sector:
                return self.actors.get(aid)
        return None

    def role_holders(self, role: str, country_id: str | None) -> list[Actor]:
        """Current holders of a role: role_holders('president', 'EGY')."""
        key = fold(f"{role} of {country_id}") if country_id else None
        return [self.actors[a] for a in self.by_role.get(key, ())] if key else []

    def child(self, parent_id: str, word: str) -> Actor | None:
        """The one affiliate of `parent_id` whose names contain `word` ("Sinai" -> Sinai Province),
        or whose roles mention it ("military wing")."""
        w = fold(word)
        found = [a for a in (self.actors[c] for c in self.children.get(parent_id, ()))
                 if any(w in fold(n).split() or w == fold(n) for n in a.names)
                 or any(w in fold(r) for r in a.roles)]
        return found[0] if len(found) == 1 else None

    def ruler_patterns(self) -> list[dict]:
        """Phrase patterns for spaCy's entity ruler: every written name and alias, with the
        actor's id (derived sector bodies are found by resolve.document's sector rule)."""
        patterns = []
        for actor in self.actors.values():
            if actor.derived:
                continue
            label = SPACY_LABEL.get(actor.type, "ORG")
            for n in (actor.name, *actor.aliases):
                if len(n) < 2:
                    continue
                patterns.append({"label": label, "pattern": n, "id": actor.id})
                patterns.extend({"label": label, "pattern": v, "id": actor.id} for v in initials_written_apart(n))
                if n[0].islower():
                    patterns.append({"label": label, "pattern": n[0].upper() + n[1:], "id": actor.id})
            # a place that stands for the actor ("Downing Street said") is tagged as a place;
            # resolution decides from its role in the sentence whether it acts
            patterns.extend({"label": "FAC", "pattern": n, "id": actor.id} for n in actor.metonyms
                            if len(n) > 1 and n[0].isupper())
        return patterns


def initials_written_apart(name: str) -> tuple[str, ...]:
    """The other ways news writes an acronym's letters: "FBI" as "F.B.I." and "F. B. I.", "U.N." as
    "U. N.". Two bare capitals ("US", "AJ") are not spelled out: dotted, they are mostly a person's
    initials ("A. J. Foyt"); a dotted alias of two ("U.N.") is spaced."""
    if re.fullmatch(r"(?:[A-Z]\.){2,5}", name):
        return (" ".join(name[i:i + 2] for i in range(0, len(name), 2)),)
    if re.fullmatch(r"[A-Z]{3,5}", name):
        return (".".join(name) + ".", ". ".join(name) + ".")
    return ()


def _strs(value, origin: str, field_name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise ConfigError(f"{origin}: '{field_name}' must be a list of names")
    return tuple(str(a) for a in value)


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
        if not isinstance(sectors, dict):
            raise ConfigError(f"{origin}: entry {e['id']}: 'sectors' maps a sector to an actor id")
        unknown = set(sectors) - set(SECTORS)
        if unknown:
            raise ConfigError(f"{origin}: entry {e['id']}: unknown sector(s) {', '.join(sorted(unknown))}"
                              f" (one of {', '.join(SECTORS)})")
        country = e.get("country") or (str(e["id"]) if typ == "COUNTRY" else None)
        actors.append(Actor(
            id=str(e["id"]), name=str(e["name"]), type=typ, country=country,
            aliases=_strs(e.get("aliases"), origin, "aliases") + _dated_names(e.get("names"), origin),
            demonyms=_strs(e.get("demonyms"), origin, "demonyms"),
            capital=e.get("capital"), parent=e.get("parent"), relation=e.get("relation"),
            sectors=tuple((str(k), str(v)) for k, v in sectors.items()),
            roles=_strs(e.get("roles"), origin, "roles"),
            metonyms=_strs(e.get("metonyms"), origin, "metonyms"),
            kinds=_strs(e.get("kinds"), origin, "kinds"),
            adjectives=_strs(e.get("adjectives"), origin, "adjectives"),
        ))
    return actors


def _dated_names(names: object, origin: str) -> tuple[str, ...]:
    """The names of `names: [{name, from, until}]` (resolve/history.py reads their dates): a
    group is found by every name it went by."""
    items = names if isinstance(names, list) else [] if names is None else [names]
    out = tuple(str(n.get("name") if isinstance(n, dict) else n) for n in items)
    if any(o in ("", "None") for o in out) or not isinstance(names, (list, type(None))):
        raise ConfigError(f"{origin}: 'names' is a list of {{name, from, until}}")
    return out


def _history_names() -> dict[str, tuple[str, ...]]:
    """Group id -> the names in data/gazetteer/history/groups.yaml (dates: resolve/history.py)."""
    text = resources.files("newsgraph").joinpath("data/gazetteer/history/groups.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text) or {}
    return {str(gid): _dated_names(spec.get("names"), "history/groups.yaml") for gid, spec in data.items()}


def _derived_bodies(country: Actor, actors: dict[str, Actor]) -> list[Actor]:
    """The government and forces of a country, merged with any written entry for them."""
    if country.type != "COUNTRY" or not country.demonyms:
        return []
    out = []
    declared = dict(country.sectors)
    adjective = country.demonyms[0]
    for sector, (suffix, typ, nouns) in SECTORS.items():
        aid = declared.get(sector, f"{country.id}-{suffix}")
        generic = []
        for dem in dict.fromkeys((*country.demonyms[:1], *(d for d in country.demonyms if not d.endswith("s")))):
            generic += [f"{dem} {n}" for n in nouns if n not in ("soldier",)]
        generic += [f"{country.name}'s {n}" for n in nouns]
        generic += [f"{n} of {country.name}" for n in nouns[:2]]
        if sector == "government":
            generic += [f"Government of {country.name}"]
            if country.capital:
                generic += [f"{country.capital} regime", f"{country.capital} government"]
        written = actors.get(aid)
        if written is not None:
            extra = tuple(a for a in generic if a not in written.names)
            out.append(replace(written, generic=written.generic + extra,
                               country=written.country or country.id, parent=written.parent or country.id))
        else:
            out.append(Actor(id=aid, name=f"{adjective} {SECTOR_WORD[sector]}", type=typ, country=country.id,
                             generic=tuple(generic), parent=country.id, relation="AFFILIATION", derived=True))
    return out


def build(actors: dict[str, Actor]) -> Gazetteer:
    everything = dict(actors)
    for a in actors.values():
        for body in _derived_bodies(a, actors):
            everything[body.id] = body
    # a country's sectors point at its bodies, written or derived
    for a in list(everything.values()):
        if a.type == "COUNTRY" and a.demonyms:
            declared = dict(a.sectors)
            sectors = tuple((s, declared.get(s, f"{a.id}-{suffix}")) for s, (suffix, _, _) in SECTORS.items())
            everything[a.id] = replace(a, sectors=sectors)
    gaz = Gazetteer()
    # written entries first, so that an exact written alias wins over a derived one
    for a in sorted(everything.values(), key=lambda a: a.derived):
        gaz.add(a)
    return gaz


def load_file(path: Path | str) -> list[Actor]:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read gazetteer ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{p}: invalid YAML ({exc})") from exc
    return _parse(data or [], str(p))


def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The bundled gazetteer, then any user files (later entries with the same id replace earlier); one
    per process and list of files: `load_gazetteer()` and `load_gazetteer(())` are the same (an lru_cache
    keys them apart, and every ingest worker built the bundled gazetteer a second time)."""
    return _load_gazetteer(tuple(extra))


@lru_cache(maxsize=8)
def _load_gazetteer(extra: tuple[str, ...]) -> Gazetteer:
    actors: dict[str, Actor] = {}
    folder = resources.files("newsgraph").joinpath("data/gazetteer")
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith((".yaml", ".yml")):
            try:
                data = parse_yaml(entry.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                raise ConfigError(f"{entry.name}: invalid YAML ({exc})") from exc
            for a in _parse(data or [], entry.name):
                actors[a.id] = a
    # a renamed group answers to its old names, unless another actor goes by one of them
    # (Boko Haram called itself ISWAP in 2015-16; "ISWAP" is the group that split from it)
    owner = {fold(n): a.id for a in actors.values() for n in a.names}
    for gid, names in _history_names().items():
        if gid in actors:
            free = (n for n in names if owner.get(fold(n), gid) == gid)
            actors[gid] = replace(actors[gid], aliases=tuple(dict.fromkeys((*actors[gid].aliases, *free))))
    for path in extra:
        for a in load_file(path):
            actors[a.id] = a
    return build(actors)
