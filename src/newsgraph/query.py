"""Read queries over a store, shared by the CLI, the JSON API, the web explorer and the Python API.

The store's read model (store/read.py) answers everything that needs the database; here claims
are named, aggregated into relations, evidence cards, dyads and profiles. Lists are always
limited; aggregations over many events are memoised per store state."""
from __future__ import annotations

from dataclasses import replace

from .dated_facts import dated_profile
from .errors import NewsgraphError
from .geojson import point
from .graph import aggregate, dyad_summary, perspective_key, split_events
from .model import LOCATION_METHODS, QUAD_CLASS
from .resolve.gazetteer import load_gazetteer
from .store import QUAD_CLASSES, Filters, Store
from .store.relations import answers as stored_relations_answer

__all__ = ["Filters", "NotFound", "MAX_LIMIT", "QUAD_CLASSES", "PERSPECTIVES"]

MAX_LIMIT = 200
PERSPECTIVES = ("outlet", "outlet_country", "source", "source_country")


class NotFound(NewsgraphError):
    """A document, entity or relation that the store does not hold."""


# --- claims ---------------------------------------------------------------------------------

def _named_claims(store: Store, claims: list[tuple[dict, dict]]) -> list[dict]:
    """Contract event records with names and the reporting document's metadata added for display."""
    names = store.read.entity_brief({e for event, _ in claims for e in _entity_ids(event)})
    out = []
    for rec, reported in claims:
        rec["quad_class"] = QUAD_CLASS.get(rec["type"])
        rec.update(reported)
        for role in ("subject", "object", "location"):
            rec[f"{role}_name"] = names.get(rec[role], {}).get("name")
        if rec["source"]:
            rec["source"]["name"] = names.get(rec["source"]["entity"], {}).get("name")
            rec["source"]["type"] = names.get(rec["source"]["entity"], {}).get("type")
        out.append(rec)
    return out


def _entity_ids(event: dict) -> set:
    src = event["source"] or {}
    return {event["subject"], event["object"], event["location"], src.get("entity"),
            *(c["entity"] for c in src.get("chain", []))} - {None}


def count_events(store: Store, f: Filters = Filters()) -> int:
    return store.read.count_events(f)


def find_events(store: Store, f: Filters = Filters(), limit: int = 50, offset: int = 0) -> list[dict]:
    """One page of events matching `f`, by date then document order."""
    return _named_claims(store, store.read.events_page(f, min(limit, MAX_LIMIT), offset))


def events_by_id(store: Store, ids: list[str]) -> list[dict]:
    order = {i: n for n, i in enumerate(ids)}
    return sorted(_named_claims(store, store.read.events_by_id(ids)), key=lambda r: order[r["id"]])


def all_events(store: Store, f: Filters = Filters()) -> list[dict]:
    return _named_claims(store, store.read.events(f))


# --- relations ------------------------------------------------------------------------------

_MEMO: dict[tuple, object] = {}


def _memo(store: Store, name: str, args: tuple, compute):
    key = (store.read.state(), name, args)
    if key not in _MEMO:
        if len(_MEMO) > 128:
            _MEMO.clear()
        _MEMO[key] = compute()
    return _MEMO[key]


def aggregate_relations(store: Store, f: Filters = Filters()) -> list[dict]:
    """Relations over the events matching `f` (memoised per store state), with actor names.
    Type, quad class and negation choose which relations to show; they do not hide the claims
    that contradict them (a crackdown still contradicts a cooperation shown alone). Read from
    the relations the store keeps when they answer `f` (store/relations.py)."""
    if _stored(store, f):
        return _memo(store, "stored", f.cache_key(), lambda: _named(store, store.read.stored_relations(f)[1]))

    def compute():
        wide = replace(f, type=None, quad_class=None, negated=None)
        events = all_events(store, wide)
        rels = [r.as_dict() for r in aggregate(events, store.read.document_index(), store.read.media_entities())]
        rels = [r for r in rels if (not f.type or r["type"] == f.type)
                and (not f.quad_class or r["quad_class"] == f.quad_class)]
        return _named(store, rels)
    return _memo(store, "relations", f.cache_key(), compute)


def _stored(store: Store, f: Filters) -> bool:
    return stored_relations_answer(f) and store.read.relations_current()


def _named(store: Store, rels: list[dict]) -> list[dict]:
    names = store.read.entity_brief({r["subject"] for r in rels} | {r["object"] for r in rels})
    for r in rels:
        for role in ("subject", "object"):
            ent = names.get(r[role], {})
            r[f"{role}_name"], r[f"{role}_type"] = ent.get("name"), ent.get("type")
    return rels


def find_relations(store: Store, f: Filters = Filters(), limit: int = 50, offset: int = 0,
                   min_origins: int = 1) -> tuple[int, list[dict]]:
    """(total, page) of relations, most independent origins first."""
    if _stored(store, f):
        total, page = store.read.stored_relations(f, min_origins, min(limit, MAX_LIMIT), offset)
        return total, _named(store, page)
    rels = [r for r in aggregate_relations(store, f) if r["origins"] >= min_origins]
    return len(rels), rels[offset:offset + min(limit, MAX_LIMIT)]


def split_relations(store: Store, f: Filters, by: str, limit: int = 50) -> dict[str, list[dict]]:
    """Relations computed separately for each perspective (outlet, outlet country, quoted source,
    source country), so what different reporters and sources say can be set side by side."""
    def compute():
        events = all_events(store, f)
        docs = store.read.document_index()
        ents = store.read.media_entities()
        ents.update(store.read.entity_brief({(e["source"] or {}).get("entity") for e in events} - {None}))
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
        names = store.read.entity_brief({subject, object_})
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
        # a headline's event (passage "title"): the stored mentions' offsets index the body, not it
        spans_in = [] if evd.get("passage") == "title" else store.read.mention_spans(evd["document"], evd["start"], evd["end"])
        for role in ("subject", "object"):
            spans = [(a - s0, b - s0, role) for a, b, entity in spans_in if ev[role] and entity == ev[role]]
            if not spans and ev.get(f"{role}_text"):
                at = evd["sentence"].find(ev[f"{role}_text"])
                if at >= 0:
                    spans = [(at, at + len(ev[f"{role}_text"]), role)]
            marks += spans
        ev["marks"] = sorted(marks)
    return events


def dyad(store: Store, a: str, b: str, f: Filters = Filters()) -> dict:
    """The balance of cooperation and conflict between two actors over time, with its claims."""
    names = store.read.entity_brief({a, b})
    for x in (a, b):
        if x not in names:
            raise NotFound(f"no entity {x}")
    events = all_events(store, replace(f, dyad=(a, b), actor=None, subject=None, object=None))
    summary = dyad_summary(a, b, events, store.read.document_index())
    summary["names"] = {x: names[x]["name"] for x in (a, b)}
    summary["claims"] = {e["id"]: e for e in events}
    summary["timeline"] = dyad_timeline(store, a, b, f)
    return summary


# --- entities -------------------------------------------------------------------------------

def count_entities(store: Store, query: str | None = None, type_: str | None = None,
                   country: str | None = None) -> int:
    return store.read.count_entities(query, type_, country)


def find_entities(store: Store, query: str | None = None, limit: int = 50, offset: int = 0,
                  type_: str | None = None, country: str | None = None) -> list[dict]:
    """Entities matching `query` by name or alias (all when None), most mentioned first, each
    with the resolution keys it gathers and why. Spelling variants of transliterated names
    ("Sissi", "Sisi") match through the name key when the plain search finds nothing."""
    return store.read.find_entities(query, min(limit, MAX_LIMIT), offset, type_, country)


def get_entity(store: Store, entity_id: str) -> dict:
    ent = store.read.entity(entity_id)
    if ent is None:
        raise NotFound(f"no entity {entity_id}")
    return ent


def counterparts(store: Store, entity_id: str, f: Filters = Filters(), limit: int = 20) -> list[dict]:
    """The actors this one acts on or is acted on by, ranked by number of events, ties by id (the
    backends return rows in no set order)."""
    counts = store.read.counterpart_counts(entity_id, f)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:min(limit, MAX_LIMIT)]
    names = store.read.entity_brief({i for i, _ in top})
    return [{**names.get(i, {"id": i}), "events": n} for i, n in top]


def timeline(store: Store, entity_id: str, f: Filters = Filters()) -> list[dict]:
    """Events of an actor per month and quad class."""
    return monthly(store.read.monthly_counts(replace(f, actor=entity_id)))


def monthly(counts) -> list[dict]:
    """Rows of (month, type, claims, claims at their report's date) as one record per month:
    events, per quad class, and `reported` (how many sit at their document's date)."""
    out: dict[str, dict] = {}
    for month, type_, n, reported in counts:
        p = out.setdefault(month or "undated", {"period": month or "undated", "events": 0, "reported": 0})
        quad = QUAD_CLASS.get(type_, "other")
        p[quad] = p.get(quad, 0) + n
        p["events"] += n
        p["reported"] += reported or 0
    return sorted(out.values(), key=lambda p: (p["period"] == "undated", p["period"]))


def dyad_timeline(store: Store, a: str, b: str, f: Filters = Filters()) -> list[dict]:
    """Events between two actors (either way) per month and quad class."""
    return monthly(store.read.monthly_counts(replace(f, dyad=(a, b), actor=None, subject=None, object=None)))


def profile(store: Store, entity_id: str, f: Filters = Filters()) -> dict:
    """An actor's profile: who it is, its affiliations and leadership, counterparts, timeline."""
    ent = get_entity(store, entity_id)
    if ent["parent"]:   # stored as a resolution key
        parent = store.read.keys_to_entities({ent["parent"]}).get(ent["parent"], ent["parent"])
        ent["parent_entity"] = store.read.entity_brief({parent}).get(parent)
    standing = [e for t in ("AFFILIATION", "LEADERSHIP")
                for e in find_events(store, replace(f, actor=entity_id, type=t), limit=MAX_LIMIT)]
    _, relations = find_relations(store, replace(f, actor=entity_id), limit=50)
    gaz = load_gazetteer()
    ent.update(dated_profile(ent, store.read.keys_to_entities,
                             lambda gid: gaz.actors[gid].name if gid in gaz.actors else None))
    months = timeline(store, entity_id, f)
    return {**ent, "standing": standing, "counterparts": counterparts(store, entity_id, f),
            "timeline": months, "relations": relations,
            "recent_events": find_events(store, replace(f, actor=entity_id), limit=20),
            # the timeline counts every claim of the actor once, in some month or "undated"
            "event_count": sum(p["events"] for p in months)}


# --- documents ------------------------------------------------------------------------------

def find_documents(store: Store, outlet: str | None = None, query: str | None = None,
                   limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    return store.read.find_documents(outlet, query, min(limit, MAX_LIMIT), offset)


def get_document(store: Store, doc_id: str) -> dict:
    """A document with its text, its mentions (with entity ids) and its events."""
    doc = store.read.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id}")
    return {**doc, "events": find_events(store, Filters(document=doc_id), limit=MAX_LIMIT)}


# --- network --------------------------------------------------------------------------------

def network(store: Store, f: Filters = Filters(), limit: int = 150, min_origins: int = 1) -> dict:
    """Nodes and edges for the actor network: the relations with most independent origins."""
    _, rels = find_relations(store, f, limit=limit, min_origins=min_origins)
    ids = {r["subject"] for r in rels} | {r["object"] for r in rels}
    nodes = store.read.entity_brief(ids)
    edges = [{"subject": r["subject"], "object": r["object"], "type": r["type"], "quad_class": r["quad_class"],
              "origins": r["origins"], "documents": r["documents"], "contradicted": len(r["contradicted_by"])}
             for r in rels]
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": edges}


# --- places ---------------------------------------------------------------------------------

MAP_LIMIT = 5000


def map_events(store: Store, f: Filters = Filters(), limit: int = MAP_LIMIT, placed: str | None = None) -> dict:
    """The claims matching `f` whose place has coordinates, as a GeoJSON FeatureCollection of
    points with what a map popup shows (the claim, its outlet and source, a link to its evidence);
    the latest `limit` of them (`total`: how many are shown). `placed`: the weakest evidence of
    place to show (one of LOCATION_METHODS; "sentence" shows clause and sentence placements)."""
    methods = LOCATION_METHODS[:LOCATION_METHODS.index(placed) + 1] if placed else ()
    claims = _named_claims(store, store.read.located_events(f, min(limit, MAP_LIMIT), methods))
    geo = store.read.entity_geo({c["location"] for c in claims})
    features = []
    for c in claims:
        place = geo[c["location"]]
        evidence = c["evidence"][0] if c["evidence"] else {}
        features.append({"type": "Feature", "id": c["id"], "geometry": point(place["lat"], place["lon"]),
                         "properties": {
                             "id": c["id"], "type": c["type"], "quad_class": c["quad_class"],
                             "subject": c["subject"], "subject_name": c["subject_name"],
                             "object": c["object"], "object_name": c["object_name"],
                             "date": c["date"] or c["published"],
                             "report_date": c.get("date_kind") == "reported" or c["date"] is None,
                             "certainty": c["certainty"], "negated": c["negated"], "outlet": c["outlet"],
                             "source": (c["source"] or {}).get("name") or (c["source"] or {}).get("text"),
                             "place": c["location_name"], "location_method": c["location_method"],
                             "sentence": " ".join((evidence.get("sentence") or "").split()),
                             "evidence": f"/documents/{c['document']}#{c['id']}"}})
    return {"type": "FeatureCollection", "features": features, "total": len(features)}
