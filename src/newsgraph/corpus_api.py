"""The Python API for notebooks: `newsgraph.open(path)` returns a `Corpus`.

    >>> import newsgraph
    >>> corpus = newsgraph.open("out/demo.db")
    >>> hamas = corpus.actor("Hamas")
    >>> corpus.relations(actor=hamas).to_frame()      # a DataFrame when pandas is installed

Queries take the same filters as the JSON API (see query.Filters); actors may be given as
entity ids, names or aliases. Results are lists of frozen dataclasses with `.to_frame()`."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, make_dataclass
from pathlib import Path

from . import query as q
from .errors import NewsgraphError
from .records import flat_extras, flat_value
from .store import open_store

_ACTOR_FILTERS = ("actor", "subject", "object")


class Records(list):
    """A list of dataclass records that turns into a pandas DataFrame on request."""

    def to_frame(self):
        try:
            import pandas as pd  # noqa: PLC0415
        except ImportError as exc:
            raise NewsgraphError("to_frame() needs pandas: pip install pandas") from exc
        return pd.DataFrame([asdict(r) for r in self])


@dataclass(frozen=True, slots=True)
class EntityRecord:
    id: str
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    mentions: int


# A claim, flat: these Event fields are spelled out (actors with names, the quoted source as text
# and entity; location and quantities are left out), every other field of model.Event not marked flat=False
# follows as it is.
_EVENT_EXTRAS = flat_extras({"type", "subject", "object", "negated", "certainty", "source", "location", "date",
                             "quantities", "sentence"})
EventRecord = make_dataclass("EventRecord", [
    ("id", str), ("type", str), ("quad_class", "str | None"), ("subject", "str | None"),
    ("subject_name", "str | None"), ("object", "str | None"), ("object_name", "str | None"), ("negated", bool),
    ("certainty", str), ("source", "str | None"), ("source_entity", "str | None"), ("date", "str | None"),
    ("document", str), ("outlet", "str | None"), ("published", "str | None"), ("sentence", str),
    *((f.name, f.type) for f in _EVENT_EXTRAS)], frozen=True, slots=True)
EventRecord.__module__ = __name__


@dataclass(frozen=True, slots=True)
class RelationRecord:
    subject: str
    subject_name: str | None
    type: str
    object: str
    object_name: str | None
    quad_class: str | None
    documents: int
    origins: int
    outlets: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    contradicted_by: tuple[str, ...]
    events: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DyadPeriod:
    period: str
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    balance: int
    events: tuple[str, ...]


def _entity(d: dict) -> EntityRecord:
    return EntityRecord(d["id"], d["name"], d["type"], d["country"], tuple(d["aliases"]), d["mentions"])


def _event(d: dict) -> EventRecord:
    src = d["source"] or {}
    return EventRecord(d["id"], d["type"], d["quad_class"], d["subject"], d["subject_name"], d["object"],
                       d["object_name"], d["negated"], d["certainty"], src.get("text"), src.get("entity"),
                       d["date"], d["document"], d["outlet"], d["published"], d["evidence"][0]["sentence"],
                       *(flat_value(d, f) for f in _EVENT_EXTRAS))


def _relation(d: dict) -> RelationRecord:
    return RelationRecord(d["subject"], d.get("subject_name"), d["type"], d["object"], d.get("object_name"),
                          d["quad_class"], d["documents"], d["origins"], tuple(d["outlets"]), d["first_seen"],
                          d["last_seen"], tuple(d["contradicted_by"]), tuple(d["events"]))


class Corpus:
    """A newsgraph store opened read-only for analysis."""

    def __init__(self, path: str | Path):
        self.store = open_store(path, readonly=True)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- actors ------------------------------------------------------------------------------

    def actor(self, name_or_id: str) -> str:
        """The entity id of an actor given by id, name or alias (the most mentioned match)."""
        if self.store.read.has_entity(name_or_id):
            return name_or_id
        found = q.find_entities(self.store, name_or_id, limit=1)
        if not found:
            raise q.NotFound(f"no actor named {name_or_id!r}")
        return found[0]["id"]

    def entities(self, query: str | None = None, type: str | None = None, country: str | None = None,
                 limit: int = 50, offset: int = 0) -> Records:
        """Actors whose name or alias contains `query`, most mentioned first."""
        return Records(_entity(d) for d in q.find_entities(self.store, query, limit, offset, type, country))

    def profile(self, actor: str, **filters) -> dict:
        """Aliases, type, country, affiliations and leadership, counterparts, timeline."""
        return q.profile(self.store, self.actor(actor), self._filters(filters))

    # --- claims -------------------------------------------------------------------------------

    def _filters(self, given: dict) -> q.Filters:
        known = {f.name for f in fields(q.Filters)}
        unknown = set(given) - known
        if unknown:
            raise TypeError(f"unknown filter(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
        values = dict(given)
        for name in _ACTOR_FILTERS:
            if values.get(name):
                values[name] = self.actor(values[name])
        if values.get("dyad"):
            values["dyad"] = tuple(self.actor(a) for a in values["dyad"])
        return q.Filters(**values)

    def events(self, limit: int = q.MAX_LIMIT, offset: int = 0, **filters) -> Records:
        """Claims matching the filters (type, actor, subject, object, date_from, date_to,
        certainty, negated, outlet, outlet_country, source, source_country, ...)."""
        return Records(_event(d) for d in q.find_events(self.store, self._filters(filters), limit, offset))

    def relations(self, min_origins: int = 1, limit: int = q.MAX_LIMIT, offset: int = 0, **filters) -> Records:
        """Relations aggregated over the matching claims, most independent origins first."""
        _, rels = q.find_relations(self.store, self._filters(filters), limit, offset, min_origins)
        return Records(_relation(d) for d in rels)

    def relations_by(self, perspective: str, **filters) -> dict[str, Records]:
        """Relations computed apart per outlet, outlet_country, source or source_country."""
        groups = q.split_relations(self.store, self._filters(filters), perspective)
        return {k: Records(_relation(d) for d in v) for k, v in groups.items()}

    def evidence(self, subject: str, type: str, object: str, **filters) -> dict:
        """The evidence card of one relation: supporting and contradicting claims in full."""
        return q.relation_card(self.store, self.actor(subject), type, self.actor(object), self._filters(filters))

    def dyad(self, a: str, b: str, **filters) -> Records:
        """Cooperation and conflict between two actors per month, with the claims behind each count."""
        summary = q.dyad(self.store, self.actor(a), self.actor(b), self._filters(filters))
        return Records(DyadPeriod(p["period"], p["verbal_cooperation"], p["material_cooperation"],
                                  p["verbal_conflict"], p["material_conflict"], p["balance"],
                                  tuple(i for ids in p["events"].values() for i in ids))
                       for p in summary["periods"])
