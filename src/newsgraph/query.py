"""Read queries over a store, shared by the CLI, the JSON API, the web explorer and the Python API.

Every filter is a fixed SQL fragment with `?` parameters: no value supplied by a user is ever
put into SQL text. Lists are always limited; aggregations over many events are memoised per
store state."""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, fields, replace

from .errors import NewsgraphError
from .export import event_record
from .graph import aggregate, dyad_summary, perspective_key, split_events
from .model import CERTAINTIES, EVENT_TYPES, QUAD_CLASS
from .resolve.names import fold, name_key
from .store import Store

MAX_LIMIT = 200
QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "standing")
PERSPECTIVES = ("outlet", "outlet_country", "source", "source_country")


class NotFound(NewsgraphError):
    """A document, entity or relation that the store does not hold."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on events, common to every query. Entity values are corpus entity ids."""
    type: str | None = None
    quad_class: str | None = None
    actor: str | None = None            # subject or object
    subject: str | None = None
    object: str | None = None
    dyad: tuple[str, str] | None = None  # both actors, either direction
    date_from: str | None = None        # YYYY[-MM[-DD]], on the event date else publication date
    date_to: str | None = None
    certainty: str | None = None
    negated: bool | None = None
    outlet: str | None = None           # who reports: the document's outlet
    outlet_country: str | None = None   # outlets whose media entity belongs to this ISO3 country
    source: str | None = None           # who is quoted: a source entity id, or words of the source text
    source_country: str | None = None   # quoted sources belonging to this ISO3 country
    document: str | None = None

    def __post_init__(self):
        if self.type and self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")
        if self.certainty and self.certainty not in CERTAINTIES:
            raise ValueError(f"unknown certainty {self.certainty!r}")
        if self.quad_class and self.quad_class not in QUAD_CLASSES:
            raise ValueError(f"unknown quad class {self.quad_class!r}")

    def cache_key(self) -> tuple:
        return tuple(getattr(self, f.name) for f in fields(self))


_KEYS_OF = "(SELECT key FROM entity_keys WHERE entity = ?)"


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def outlets_of_country(store: Store, country: str) -> list[str]:
    """Outlet names (as documents spell them) whose media entity belongs to `country`."""
    norms = {r[0] for r in store.db.execute(
        "SELECT a.norm FROM aliases a JOIN entities m ON m.id = a.entity WHERE m.type = 'MEDIA' AND m.country = ?",
        (country,))}
    norms |= {fold(r[0]) for r in store.db.execute(
        "SELECT name FROM entities WHERE type = 'MEDIA' AND country = ?", (country,))}
    return [o for (o,) in store.db.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")
            if fold(o) in norms]


def where(store: Store, f: Filters) -> tuple[str, list]:
    """The WHERE clause (over events e JOIN documents d) and its parameters for `f`."""
    clauses, params = ["1"], []
    if f.type:
        clauses.append("e.type = ?")
        params.append(f.type)
    if f.quad_class:
        types = [t for t, q in QUAD_CLASS.items() if q == f.quad_class]
        clauses.append(f"e.type IN ({_placeholders(len(types))})")
        params += types
    if f.actor:
        clauses.append(f"(e.subject_key IN {_KEYS_OF} OR e.object_key IN {_KEYS_OF})")
        params += [f.actor, f.actor]
    if f.subject:
        clauses.append(f"e.subject_key IN {_KEYS_OF}")
        params.append(f.subject)
    if f.object:
        clauses.append(f"e.object_key IN {_KEYS_OF}")
        params.append(f.object)
    if f.dyad:
        a, b = f.dyad
        clauses.append(f"((e.subject_key IN {_KEYS_OF} AND e.object_key IN {_KEYS_OF})"
                       f" OR (e.subject_key IN {_KEYS_OF} AND e.object_key IN {_KEYS_OF}))")
        params += [a, b, b, a]
    if f.date_from:
        # compared at the event date's own precision: a claim dated "2018-02" overlaps 2018-02-05..
        clauses.append("COALESCE(e.date, d.published) >= substr(?, 1, length(COALESCE(e.date, d.published)))")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("substr(COALESCE(e.date, d.published), 1, ?) <= ?")
        params += [len(f.date_to), f.date_to]
    if f.certainty:
        clauses.append("e.certainty = ?")
        params.append(f.certainty)
    if f.negated is not None:
        clauses.append("e.negated = ?")
        params.append(int(f.negated))
    if f.outlet:
        clauses.append("d.outlet = ? COLLATE NOCASE")
        params.append(f.outlet)
    if f.outlet_country:
        outlets = outlets_of_country(store, f.outlet_country)
        clauses.append(f"d.outlet IN ({_placeholders(len(outlets))})" if outlets else "0")
        params += outlets
    if f.source:
        clauses.append(f"(e.source_key IN {_KEYS_OF} OR e.source_text LIKE ? ESCAPE '\\')")
        like = f.source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [f.source, f"%{like}%"]
    if f.source_country:
        clauses.append("e.source_key IN (SELECT k.key FROM entity_keys k JOIN entities s ON s.id = k.entity"
                       " WHERE s.country = ?)")
        params.append(f.source_country)
    if f.document:
        clauses.append("e.document = ?")
        params.append(f.document)
    return " AND ".join(clauses), params


# --- lookups --------------------------------------------------------------------------------

def _chunks(items: list, n: int = 500):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def keys_to_entities(store: Store, keys: set[str]) -> dict[str, str]:
    if len(keys) > 5000:
        return {k: e for k, e in store.db.execute("SELECT key, entity FROM entity_keys")}
    out = {}
    for chunk in _chunks(sorted(k for k in keys if k)):
        out.update(store.db.execute(
            f"SELECT key, entity FROM entity_keys WHERE key IN ({_placeholders(len(chunk))})", chunk).fetchall())
    return out


def entity_brief(store: Store, ids: set[str]) -> dict[str, dict]:
    """id -> {id, name, type, country} for the given entity ids."""
    out = {}
    for chunk in _chunks(sorted(i for i in ids if i)):
        for r in store.db.execute(
                f"SELECT id, name, type, country FROM entities WHERE id IN ({_placeholders(len(chunk))})", chunk):
            out[r["id"]] = dict(r)
    return out


def document_index(store: Store) -> dict[str, dict]:
    """Every document's metadata (no text): what aggregation needs to find outlets and originals."""
    return {r["id"]: dict(r) for r in store.db.execute(
        "SELECT id, title, outlet, published, duplicate_of, url FROM documents")}


def media_entities(store: Store) -> dict[str, dict]:
    return {r["id"]: {**dict(r), "aliases": json.loads(r["aliases"])} for r in store.db.execute(
        "SELECT id, name, type, country, aliases FROM entities WHERE type = 'MEDIA'")}


def _records(store: Store, rows: list) -> list[dict]:
    """Contract event records for rows of `events e JOIN documents d`, with names and the
    reporting document's metadata added for display."""
    keys = set()
    for r in rows:
        keys.update((r["subject_key"], r["object_key"], r["source_key"], r["location_key"]))
        keys.update(c["entity"] for c in json.loads(r["source_chain"] or "[]"))
    keys.discard(None)
    kmap = keys_to_entities(store, keys)
    names = entity_brief(store, set(kmap.values()))
    out = []
    for r in rows:
        rec = event_record(r, kmap)
        rec["quad_class"] = QUAD_CLASS.get(rec["type"])
        rec["document"] = r["document"]
        rec["outlet"] = r["outlet"]
        rec["published"] = r["published"]
        rec["title"] = r["title"]
        for role in ("subject", "object", "location"):
            rec[f"{role}_name"] = names.get(rec[role], {}).get("name")
        if rec["source"]:
            rec["source"]["name"] = names.get(rec["source"]["entity"], {}).get("name")
            rec["source"]["type"] = names.get(rec["source"]["entity"], {}).get("type")
        out.append(rec)
    return out


_EVENT_SELECT = ("SELECT e.*, d.outlet, d.published, d.title FROM events e JOIN documents d ON d.id = e.document"
                 " WHERE ")


def count_events(store: Store, f: Filters = Filters()) -> int:
    sql, params = where(store, f)
    return store.db.execute(f"SELECT count(*) FROM events e JOIN documents d ON d.id = e.document WHERE {sql}",
                            params).fetchone()[0]


def find_events(store: Store, f: Filters = Filters(), limit: int = 50, offset: int = 0) -> list[dict]:
    """One page of events matching `f`, by date then document order."""
    sql, params = where(store, f)
    rows = store.db.execute(
        _EVENT_SELECT + sql + " ORDER BY COALESCE(e.date, d.published), e.document, e.start, e.id LIMIT ? OFFSET ?",
        params + [min(limit, MAX_LIMIT), offset]).fetchall()
    return _records(store, rows)


def events_by_id(store: Store, ids: list[str]) -> list[dict]:
    rows = []
    for chunk in _chunks(list(ids)):
        rows += store.db.execute(_EVENT_SELECT + f"e.id IN ({_placeholders(len(chunk))})", chunk).fetchall()
    order = {i: n for n, i in enumerate(ids)}
    return sorted(_records(store, rows), key=lambda r: order[r["id"]])


def all_events(store: Store, f: Filters = Filters()) -> list[dict]:
    sql, params = where(store, f)
    return _records(store, store.db.execute(_EVENT_SELECT + sql, params).fetchall())


# --- relations ------------------------------------------------------------------------------

_MEMO: dict[tuple, object] = {}


def _state(store: Store) -> tuple:
    """Changes whenever the store is written (the file or its write-ahead log)."""
    stamps = []
    for p in (store.path, store.path + "-wal"):
        try:
            st = os.stat(p)
            stamps.append((st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append(None)
    return (os.path.abspath(store.path), *stamps)


def _memo(store: Store, name: str, args: tuple, compute):
    key = (_state(store), name, args)
    if key not in _MEMO:
        if len(_MEMO) > 128:
            _MEMO.clear()
        _MEMO[key] = compute()
    return _MEMO[key]


def aggregate_relations(store: Store, f: Filters = Filters()) -> list[dict]:
    """Relations over the events matching `f` (memoised per store state), with actor names.
    Type, quad class and negation choose which relations to show; they do not hide the claims
    that contradict them (a crackdown still contradicts a cooperation shown alone)."""
    def compute():
        wide = replace(f, type=None, quad_class=None, negated=None)
        events = all_events(store, wide)
        rels = [r.as_dict() for r in aggregate(events, document_index(store), media_entities(store))]
        rels = [r for r in rels if (not f.type or r["type"] == f.type)
                and (not f.quad_class or r["quad_class"] == f.quad_class)]
        return _named(store, rels)
    return _memo(store, "relations", f.cache_key(), compute)


def _named(store: Store, rels: list[dict]) -> list[dict]:
    names = entity_brief(store, {r["subject"] for r in rels} | {r["object"] for r in rels})
    for r in rels:
        for role in ("subject", "object"):
            ent = names.get(r[role], {})
            r[f"{role}_name"], r[f"{role}_type"] = ent.get("name"), ent.get("type")
    return rels


def find_relations(store: Store, f: Filters = Filters(), limit: int = 50, offset: int = 0,
                   min_origins: int = 1) -> tuple[int, list[dict]]:
    """(total, page) of relations, most independent origins first."""
    rels = [r for r in aggregate_relations(store, f) if r["origins"] >= min_origins]
    return len(rels), rels[offset:offset + min(limit, MAX_LIMIT)]


def split_relations(store: Store, f: Filters, by: str, limit: int = 50) -> dict[str, list[dict]]:
    """Relations computed separately for each perspective (outlet, outlet country, quoted source,
    source country), so what different reporters and sources say can be set side by side."""
    def compute():
        events = all_events(store, f)
        docs = document_index(store)
        ents = media_entities(store)
        ents.update(entity_brief(store, {(e["source"] or {}).get("entity") for e in events} - {None}))
        out = {}
        for label, group in split_events(events, perspective_key(by, docs, ents)).items():
            rels = [r.as_dict() for r in aggregate(group, docs, ents)]
            if rels:
                out[label] = _named(store, rels)
        return out
    groups = _memo(store, "split", (by, f.cache_key()), compute)
    return {label: rels[:min(limit, MAX_LIMIT)] for label, rels in groups.items()}


def relation_card(store: Store, subject: str, type_: str, object_: str, f: Filters = Filters()) -> dict:
    """The evidence card of one relation: every supporting and contradicting claim in full."""
    pair = replace(f, dyad=(subject, object_), actor=None, subject=None, object=None, type=None,
                   quad_class=None, negated=None)
    rels = aggregate_relations(store, pair)
    rel = next((r for r in rels if (r["subject"], r["type"], r["object"]) == (subject, type_, object_)), None)
    if rel is None:
        # A claim that was only ever denied is still worth a card: its denials.
        denials = [e for e in all_events(store, replace(pair, negated=True))
                   if (e["subject"], e["type"], e["object"]) == (subject, type_, object_)]
        if not denials:
            raise NotFound(f"no relation {subject} {type_} {object_}")
        names = entity_brief(store, {subject, object_})
        rel = {"subject": subject, "object": object_, "type": type_, "quad_class": QUAD_CLASS.get(type_),
               "events": [], "documents": 0, "outlets": [], "origins": 0, "origin_names": [],
               "first_seen": None, "last_seen": None, "contradicted_by": [e["id"] for e in denials],
               "certainty": {}, "subject_name": names.get(subject, {}).get("name"),
               "object_name": names.get(object_, {}).get("name")}
    supporting = with_marks(store, events_by_id(store, rel["events"]))
    contradicting = with_marks(store, events_by_id(store, rel["contradicted_by"]))
    return {**rel, "supporting": supporting, "contradicting": contradicting,
            "perspectives": perspectives(supporting, contradicting)}


def perspectives(supporting: list[dict], contradicting: list[dict]) -> dict[str, list[dict]]:
    """How many supporting and contradicting claims each reporter (outlet) and each quoted
    source gives, so one sees who says so and who says otherwise."""
    def reporter(ev):
        return ev["outlet"] or "(unknown outlet)"

    def quoted(ev):
        src = ev["source"] or {}
        return src.get("name") or src.get("text") or "(the article itself)"

    out = {}
    for name, key in (("outlet", reporter), ("source", quoted)):
        rows: dict[str, dict] = {}
        for side, events in (("supporting", supporting), ("contradicting", contradicting)):
            for ev in events:
                row = rows.setdefault(key(ev), {"label": key(ev), "supporting": 0, "contradicting": 0})
                row[side] += 1
        out[name] = sorted(rows.values(), key=lambda r: (-r["supporting"] - r["contradicting"], r["label"]))
    return out


def with_marks(store: Store, events: list[dict]) -> list[dict]:
    """Add `marks`: subject, object and trigger spans relative to each event's sentence."""
    for ev in events:
        evd = ev["evidence"][0]
        s0 = evd["start"]
        marks = []
        if ev["trigger_span"][0] is not None and ev["trigger_span"][0] >= s0:
            marks.append((ev["trigger_span"][0] - s0, ev["trigger_span"][1] - s0, "trigger"))
        rows = store.db.execute(
            "SELECT m.start, m.end, k.entity FROM mentions m JOIN entity_keys k ON k.key = m.key"
            " WHERE m.document = ? AND m.start >= ? AND m.end <= ? ORDER BY m.start",
            (evd["document"], evd["start"], evd["end"])).fetchall()
        for role in ("subject", "object"):
            spans = [(r["start"] - s0, r["end"] - s0, role) for r in rows if ev[role] and r["entity"] == ev[role]]
            if not spans and ev.get(f"{role}_text"):
                at = evd["sentence"].find(ev[f"{role}_text"])
                if at >= 0:
                    spans = [(at, at + len(ev[f"{role}_text"]), role)]
            marks += spans
        ev["marks"] = sorted(marks)
    return events


def dyad(store: Store, a: str, b: str, f: Filters = Filters()) -> dict:
    """The balance of cooperation and conflict between two actors over time, with its claims."""
    names = entity_brief(store, {a, b})
    for x in (a, b):
        if x not in names:
            raise NotFound(f"no entity {x}")
    events = all_events(store, replace(f, dyad=(a, b), actor=None, subject=None, object=None))
    summary = dyad_summary(a, b, events, document_index(store))
    summary["names"] = {x: names[x]["name"] for x in (a, b)}
    summary["claims"] = {e["id"]: e for e in events}
    return summary


# --- entities -------------------------------------------------------------------------------

def _entity_dict(r, keys=None) -> dict:
    d = {"id": r["id"], "name": r["name"], "type": r["type"], "country": r["country"],
         "aliases": json.loads(r["aliases"]), "mentions": r["mentions"], "parent": r["parent"]}
    if keys is not None:
        d["keys"] = keys
    return d


def _like(text: str) -> str:
    """`text` for a LIKE pattern with ESCAPE '\\': its %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _entity_where(store: Store, query: str | None, type_: str | None, country: str | None) -> tuple[str, list]:
    """Entities whose name or an alias contains `query`; spelling variants of transliterated
    names ("Sissi", "Sisi") match through the name key when the plain search finds nothing."""
    clauses, params = [], []
    if type_:
        clauses.append("e.type = ?")
        params.append(type_)
    if country:
        clauses.append("e.country = ?")
        params.append(country)
    if query and not fold(query):
        return "0", []  # only punctuation ("%", "_"): nothing to look for, not everything
    if query:
        # words that start with the query: "sisi" finds "el-Sisi", not "Mississippi"
        # % and _ in the query are the characters themselves, not wildcards
        search = "e.id IN (SELECT entity FROM aliases WHERE norm LIKE ? ESCAPE '\\' OR norm LIKE ? ESCAPE '\\')"
        values = [f"{_like(fold(query))}%", f"% {_like(fold(query))}%"]
        found = store.db.execute(f"SELECT 1 FROM entities e WHERE {' AND '.join([search, *clauses])} LIMIT 1",
                                 [*values, *params]).fetchone()
        if not found and name_key(query):
            search = "e.id IN (SELECT entity FROM entity_keys WHERE key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\')"
            values = [f"%:{_like(name_key(query))}%", f"% {_like(name_key(query))}%"]
        clauses.insert(0, search)
        params[:0] = values
    return " AND ".join(clauses) or "1", params


def count_entities(store: Store, query: str | None = None, type_: str | None = None,
                   country: str | None = None) -> int:
    cond, params = _entity_where(store, query, type_, country)
    return store.db.execute(f"SELECT count(*) FROM entities e WHERE {cond}", params).fetchone()[0]


def find_entities(store: Store, query: str | None = None, limit: int = 50, offset: int = 0,
                  type_: str | None = None, country: str | None = None) -> list[dict]:
    """Entities matching `query` by name or alias (all when None), most mentioned first, each
    with the resolution keys it gathers and why."""
    cond, params = _entity_where(store, query, type_, country)
    rows = store.db.execute(f"SELECT e.* FROM entities e WHERE {cond} ORDER BY e.mentions DESC, e.name"
                            " LIMIT ? OFFSET ?", [*params, min(limit, MAX_LIMIT), offset]).fetchall()
    out = []
    for r in rows:
        keys = store.db.execute("SELECT key, reason FROM entity_keys WHERE entity = ? ORDER BY key",
                                (r["id"],)).fetchall()
        out.append(_entity_dict(r, [(k["key"], k["reason"]) for k in keys]))
    return out


def get_entity(store: Store, entity_id: str) -> dict:
    r = store.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if r is None:
        raise NotFound(f"no entity {entity_id}")
    keys = store.db.execute("SELECT key, reason FROM entity_keys WHERE entity = ? ORDER BY key",
                            (entity_id,)).fetchall()
    return _entity_dict(r, [(k["key"], k["reason"]) for k in keys])


def counterparts(store: Store, entity_id: str, f: Filters = Filters(), limit: int = 20) -> list[dict]:
    """The actors this one acts on or is acted on by, ranked by number of events."""
    sql, params = where(store, f)
    counts: Counter = Counter()
    for mine, theirs in (("subject_key", "object_key"), ("object_key", "subject_key")):
        for other, n in store.db.execute(
                f"SELECT k.entity, count(*) FROM events e JOIN documents d ON d.id = e.document"
                f" JOIN entity_keys k ON k.key = e.{theirs}"
                f" WHERE e.{mine} IN {_KEYS_OF} AND k.entity != ? AND {sql} GROUP BY k.entity",
                [entity_id, entity_id, *params]):
            counts[other] += n
    top = counts.most_common(min(limit, MAX_LIMIT))
    names = entity_brief(store, {i for i, _ in top})
    return [{**names.get(i, {"id": i}), "events": n} for i, n in top]


def timeline(store: Store, entity_id: str, f: Filters = Filters()) -> list[dict]:
    """Events of an actor per month and quad class."""
    sql, params = where(store, replace(f, actor=entity_id))
    out: dict[str, dict] = {}
    for month, type_, n in store.db.execute(
            "SELECT substr(COALESCE(e.date, d.published), 1, 7) AS month, e.type, count(*)"
            f" FROM events e JOIN documents d ON d.id = e.document WHERE {sql} GROUP BY month, e.type", params):
        p = out.setdefault(month or "undated", {"period": month or "undated", "events": 0})
        quad = QUAD_CLASS.get(type_, "other")
        p[quad] = p.get(quad, 0) + n
        p["events"] += n
    return sorted(out.values(), key=lambda p: (p["period"] == "undated", p["period"]))


def profile(store: Store, entity_id: str, f: Filters = Filters()) -> dict:
    """An actor's profile: who it is, its affiliations and leadership, counterparts, timeline."""
    ent = get_entity(store, entity_id)
    if ent["parent"]:   # stored as a resolution key
        parent = keys_to_entities(store, {ent["parent"]}).get(ent["parent"], ent["parent"])
        ent["parent_entity"] = entity_brief(store, {parent}).get(parent)
    standing = [e for t in ("AFFILIATION", "LEADERSHIP")
                for e in find_events(store, replace(f, actor=entity_id, type=t), limit=MAX_LIMIT)]
    relations = aggregate_relations(store, replace(f, actor=entity_id))
    return {**ent, "standing": standing, "counterparts": counterparts(store, entity_id, f),
            "timeline": timeline(store, entity_id, f), "relations": relations[:50],
            "recent_events": find_events(store, replace(f, actor=entity_id), limit=20),
            "event_count": count_events(store, replace(f, actor=entity_id))}


# --- documents ------------------------------------------------------------------------------

def find_documents(store: Store, outlet: str | None = None, query: str | None = None,
                   limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    clauses, params = ["1"], []
    if outlet:
        clauses.append("outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if query:
        like = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("title LIKE ? ESCAPE '\\'")
        params.append(f"%{like}%")
    cond = " AND ".join(clauses)
    total = store.db.execute(f"SELECT count(*) FROM documents WHERE {cond}", params).fetchone()[0]
    rows = store.db.execute(
        "SELECT id, source, title, outlet, authors, published, url, duplicate_of,"
        " (SELECT count(*) FROM events v WHERE v.document = documents.id) AS events"
        f" FROM documents WHERE {cond} ORDER BY published DESC, id LIMIT ? OFFSET ?",
        [*params, min(limit, MAX_LIMIT), offset]).fetchall()
    return total, [{**dict(r), "authors": json.loads(r["authors"])} for r in rows]


def get_document(store: Store, doc_id: str) -> dict:
    """A document with its text, its mentions (with entity ids) and its events."""
    r = store.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if r is None:
        raise NotFound(f"no document {doc_id}")
    mentions = [dict(m) for m in store.db.execute(
        "SELECT m.start, m.end, m.text, m.label, k.entity, en.name, en.type FROM mentions m"
        " LEFT JOIN entity_keys k ON k.key = m.key LEFT JOIN entities en ON en.id = k.entity"
        " WHERE m.document = ? ORDER BY m.start", (doc_id,))]
    doc = {k: r[k] for k in ("id", "source", "title", "outlet", "published", "url", "duplicate_of", "text")}
    doc["authors"] = json.loads(r["authors"])
    return {**doc, "mentions": mentions, "events": find_events(store, Filters(document=doc_id), limit=MAX_LIMIT)}


# --- network --------------------------------------------------------------------------------

def network(store: Store, f: Filters = Filters(), limit: int = 150, min_origins: int = 1) -> dict:
    """Nodes and edges for the actor network: the relations with most independent origins."""
    _, rels = find_relations(store, f, limit=limit, min_origins=min_origins)
    ids = {r["subject"] for r in rels} | {r["object"] for r in rels}
    nodes = entity_brief(store, ids)
    edges = [{"subject": r["subject"], "object": r["object"], "type": r["type"], "quad_class": r["quad_class"],
              "origins": r["origins"], "documents": r["documents"], "contradicted": len(r["contradicted_by"])}
             for r in rels]
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": edges}
