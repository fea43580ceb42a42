"""Aggregation of events into relations across documents: corroboration by independent
origins, contradictions, perspective splits, dyad summaries.

Everything here works on exported event records (the contract's Event, entity ids not keys)
and document records, so it is pure and can be tested on hand-built lists."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .model import CERTAINTIES, COOPERATIVE, HOSTILE, QUAD_CLASS, QUAD_CLASSES
from .resolve.names import fold

# Relations that a hostile event between the same actors speaks against.
SUPPORTIVE = COOPERATIVE | {"AFFILIATION"}
QUADS = tuple(q for q in QUAD_CLASSES if q != "standing")   # the four classes of events


@dataclass(slots=True)
class Relation:
    subject: str
    type: str
    object: str
    events: list[str] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    origins: dict[str, str] = field(default_factory=dict)   # origin key -> how to show it
    dates: list[str] = field(default_factory=list)
    certainty: dict[str, int] = field(default_factory=dict)
    contradicted_by: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "subject": self.subject, "object": self.object, "type": self.type,
            "quad_class": QUAD_CLASS.get(self.type),
            "events": self.events, "documents": len(self.documents), "outlets": sorted(self.outlets),
            "origins": len(self.origins), "origin_names": sorted(self.origins.values()),
            "first_seen": min(self.dates) if self.dates else None,
            "last_seen": max(self.dates) if self.dates else None,
            "contradicted_by": self.contradicted_by,
            "certainty": self.certainty,
        }


def root_document(doc_id: str, documents: dict[str, dict]) -> dict:
    """The original of a syndicated or near-duplicate copy (following duplicate_of links)."""
    doc = documents.get(doc_id, {"id": doc_id})
    seen = {doc_id}
    while doc.get("duplicate_of") and doc["duplicate_of"] not in seen:
        seen.add(doc["duplicate_of"])
        doc = documents.get(doc["duplicate_of"], {"id": doc["duplicate_of"]})
    return doc


def relayed_outlet(ev: dict, entities: dict[str, dict], outlets: frozenset[str] = frozenset()) -> str | None:
    """The outlet whose report this claim relays, when the source or its chain names a media
    entity, or an outlet known from the corpus' documents (the one nearest the claimant: the
    original report)."""
    src = ev.get("source") or {}
    for ref in [src, *src.get("chain", [])]:
        ent = entities.get(ref.get("entity") or "")
        if ent and ent.get("type") == "MEDIA":
            return ent.get("name") or ref.get("text")
        if ref.get("text") and fold(ref["text"]) in outlets:
            return ref["text"]
    return None


def origin_of(doc: dict, ev: dict, documents: dict[str, dict] | None = None,
              entities: dict[str, dict] | None = None, outlets: frozenset[str] = frozenset()) -> tuple[str, str]:
    """What counts once among independent sources, as (key, label): the outlet a report only
    relays, else the outlet of the original (duplicates collapse onto it), else the original
    document."""
    relayed = relayed_outlet(ev, entities or {}, outlets)
    if relayed:
        return "outlet:" + fold(relayed), relayed
    root = root_document(doc["id"], documents or {doc["id"]: doc})
    if root.get("outlet"):
        return "outlet:" + fold(root["outlet"]), root["outlet"]
    return "document:" + root["id"], root["id"]


def headline_origins(rels: dict[tuple, Relation], headlines: dict[tuple, list[dict]], told: dict[tuple, set[str]],
                     documents: dict[str, dict]) -> None:
    """A headline restates its article: its claim counts once with the article's own (its body's
    events, relays included, already count the document), and where the body does not tell it, the
    article's outlet (or the article) is its origin, never a relay the headline names ("Media
    reports ...")."""
    for key, docs in headlines.items():
        for doc in docs:
            if doc["id"] not in told[key]:
                origin, label = origin_of(doc, {}, documents)
                rels[key].origins.setdefault(origin, label)


def event_date(ev: dict, doc: dict | None) -> str | None:
    """When the claim is about: the event's date, else its document's publication date."""
    return ev.get("date") or (doc or {}).get("published")


def contradicts(ev: dict, rel_type: str, subject: str, obj: str) -> bool:
    """Does this event state the opposite of the relation (subject, rel_type, object)?"""
    if {ev.get("subject"), ev.get("object")} != {subject, obj}:
        return False
    if ev["negated"]:
        return ev["type"] == rel_type
    return rel_type in SUPPORTIVE and ev["type"] in HOSTILE


def one_per_act(events: Iterable[dict]) -> list[dict]:
    """The events with one kept per act: events of one sentence with the same sides, type and negation
    ("X is on trial, accused of fraud": one accusation told by two triggers) count once, as the
    strongest claim among them (asserted before reported, alleged, possible; the first of equals). Extraction
    keeps such an act once already (extract/acts_told_once.py); this holds for stores built before."""
    kept: dict[tuple, dict] = {}
    for ev in events:
        key = act_key(ev)
        if key not in kept or claim_rank(ev) < claim_rank(kept[key]):
            kept[key] = ev
    return list(kept.values())


def act_key(ev: dict) -> tuple:
    """What makes two events one act: sides, type, negation and the sentence (of a document's text or
    headline) that tells them; an event with no evidence is an act of its own."""
    told = tuple((e.get("document"), e.get("passage", "text"), e.get("start"), e.get("end")) for e in ev["evidence"])
    return (ev["subject"], ev["type"], ev["object"], ev["negated"], told or ev["id"])


def claim_rank(ev: dict) -> int:
    return CERTAINTIES.index(ev["certainty"]) if ev["certainty"] in CERTAINTIES else len(CERTAINTIES)


def aggregate(events: list[dict], documents: dict[str, dict],
              entities: dict[str, dict] | None = None) -> list[Relation]:
    """Relations per (subject, type, object) from exported events (entity ids, not keys), each act of a
    sentence counted once (one_per_act). Negated events are not evidence for a relation; they contradict it."""
    events = one_per_act(events)
    rels: dict[tuple, Relation] = {}
    outlets = frozenset(fold(d["outlet"]) for d in documents.values() if d.get("outlet"))
    told: dict[tuple, set[str]] = defaultdict(set)          # relation -> documents whose body tells it
    headlines: dict[tuple, list[dict]] = defaultdict(list)  # relation -> documents whose headline tells it
    for ev in events:
        if not ev["subject"] or not ev["object"] or ev["subject"] == ev["object"] or ev["negated"]:
            continue
        key = (ev["subject"], ev["type"], ev["object"])
        rel = rels.get(key)
        if rel is None:
            rel = rels[key] = Relation(*key)
        rel.events.append(ev["id"])
        rel.certainty[ev["certainty"]] = rel.certainty.get(ev["certainty"], 0) + 1
        for evd in ev["evidence"]:
            doc = documents.get(evd["document"], {"id": evd["document"]})
            rel.documents.add(doc["id"])
            if doc.get("outlet"):
                rel.outlets.add(doc["outlet"])
            date = event_date(ev, doc)
            if date:
                rel.dates.append(date)
            if evd.get("passage") == "title":
                headlines[key].append(doc)
                continue
            told[key].add(doc["id"])
            origin, label = origin_of(doc, ev, documents, entities, outlets)
            rel.origins.setdefault(origin, label)
    headline_origins(rels, headlines, told, documents)
    by_dyad: dict[frozenset, list[dict]] = defaultdict(list)
    for ev in events:
        if ev["subject"] and ev["object"]:
            by_dyad[frozenset((ev["subject"], ev["object"]))].append(ev)
    for rel in rels.values():
        rel.contradicted_by = [ev["id"] for ev in by_dyad[frozenset((rel.subject, rel.object))]
                               if contradicts(ev, rel.type, rel.subject, rel.object)]
    return sorted(rels.values(), key=lambda r: (-len(r.origins), -len(r.documents), r.subject, r.type, r.object))


# --- perspectives ---------------------------------------------------------------------------

def perspective_key(by: str, documents: dict[str, dict], entities: dict[str, dict]) -> Callable[[dict], str]:
    """A function naming the perspective an event belongs to: who reports it (`outlet`, or
    `outlet_country` via the outlet's media entity) or who is quoted (`source`, `source_country`)."""
    outlet_country = {fold(e["name"]): e.get("country") for e in entities.values() if e.get("type") == "MEDIA"}
    for e in entities.values():
        if e.get("type") == "MEDIA":
            for a in e.get("aliases", []):
                outlet_country.setdefault(fold(a), e.get("country"))

    def outlet(ev: dict) -> str | None:
        return documents.get(ev["evidence"][0]["document"], {}).get("outlet") if ev["evidence"] else None

    def source(ev: dict) -> dict:
        return ev.get("source") or {}

    keys: dict[str, Callable[[dict], str | None]] = {
        "outlet": outlet,
        "outlet_country": lambda ev: outlet_country.get(fold(outlet(ev) or "")),
        "source": lambda ev: (entities.get(source(ev).get("entity") or "", {}).get("name")
                              or source(ev).get("text")),
        "source_country": lambda ev: entities.get(source(ev).get("entity") or "", {}).get("country"),
    }
    if by not in keys:
        raise ValueError(f"unknown perspective {by!r} (one of {', '.join(keys)})")
    fn = keys[by]
    return lambda ev: fn(ev) or "(unknown)"


def split_events(events: Iterable[dict], key: Callable[[dict], str]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for ev in events:
        groups[key(ev)].append(ev)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


# --- dyads ----------------------------------------------------------------------------------

def dyad_summary(a: str, b: str, events: Iterable[dict], documents: dict[str, dict]) -> dict:
    """Cooperative and hostile events between two actors (either direction) per month, with
    the event ids behind every count, each act of a sentence counted once (one_per_act). Negated events
    are counted apart, never as support."""
    periods: dict[str, dict] = {}
    totals = {q: 0 for q in QUADS}
    negated: list[str] = []
    for ev in one_per_act(events):
        if {ev.get("subject"), ev.get("object")} != {a, b} or a == b:
            continue
        quad = QUAD_CLASS.get(ev["type"])
        if quad not in totals:
            continue
        if ev["negated"]:
            negated.append(ev["id"])
            continue
        doc = documents.get(ev["evidence"][0]["document"]) if ev["evidence"] else None
        date = event_date(ev, doc)
        period = date[:7] if date else "undated"
        p = periods.setdefault(period, {"period": period, **{q: 0 for q in QUADS},
                                        "events": {q: [] for q in QUADS}})
        p[quad] += 1
        p["events"][quad].append(ev["id"])
        totals[quad] += 1
    cooperative = totals["verbal_cooperation"] + totals["material_cooperation"]
    hostile = totals["verbal_conflict"] + totals["material_conflict"]
    ordered = sorted(periods.values(), key=lambda p: (p["period"] == "undated", p["period"]))
    for p in ordered:
        p["balance"] = (p["verbal_cooperation"] + p["material_cooperation"]
                        - p["verbal_conflict"] - p["material_conflict"])
    return {"actors": [a, b], "totals": totals, "cooperative": cooperative, "hostile": hostile,
            "balance": cooperative - hostile, "periods": ordered, "negated": negated}
