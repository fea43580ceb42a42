"""Aggregation of events into relations across documents: corroboration by independent
origins, and contradictions."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from .model import COOPERATIVE, HOSTILE


@dataclass(slots=True)
class Relation:
    subject: str
    type: str
    object: str
    events: list[str] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    certainty: dict[str, int] = field(default_factory=dict)
    negated: list[str] = field(default_factory=list)
    contradicted_by: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "subject": self.subject, "object": self.object, "type": self.type,
            "events": self.events, "documents": len(self.documents), "outlets": sorted(self.outlets),
            "origins": len(self.origins),
            "first_seen": min(self.dates) if self.dates else None,
            "last_seen": max(self.dates) if self.dates else None,
            "contradicted_by": self.contradicted_by,
            "certainty": self.certainty,
        }


def origin_of(doc: dict, ev: dict) -> str:
    """What counts once among independent sources: the original of a duplicate, the outlet a
    report only relays, else the outlet (or the document when the outlet is unknown)."""
    if ev.get("relayed"):
        return "relay:" + ev["relayed"].lower()
    root = doc.get("duplicate_of") or doc["id"]
    return "outlet:" + doc["outlet"].lower() if doc.get("outlet") else "doc:" + root


def aggregate(events: list[dict], documents: dict[str, dict]) -> list[Relation]:
    """Relations per (subject, type, object) from exported events (entity ids, not keys).
    Negated events form their own evidence: they contradict the asserted relation."""
    rels: dict[tuple, Relation] = {}
    for ev in events:
        if not ev["subject"] or not ev["object"] or ev["subject"] == ev["object"]:
            continue
        key = (ev["subject"], ev["type"], ev["object"])
        if ev["negated"]:
            continue
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
            rel.origins.add(origin_of(doc, ev))
            date = ev.get("date") or doc.get("published")
            if date:
                rel.dates.append(date)
    by_dyad: dict[frozenset, list[dict]] = defaultdict(list)
    for ev in events:
        if ev["subject"] and ev["object"]:
            by_dyad[frozenset((ev["subject"], ev["object"]))].append(ev)
    for rel in rels.values():
        for ev in by_dyad[frozenset((rel.subject, rel.object))]:
            same = ev["type"] == rel.type and {ev["subject"], ev["object"]} == {rel.subject, rel.object}
            if ev["negated"] and same:
                rel.contradicted_by.append(ev["id"])
            elif not ev["negated"] and rel.type in COOPERATIVE and ev["type"] in HOSTILE:
                rel.contradicted_by.append(ev["id"])
    return sorted(rels.values(), key=lambda r: (-len(r.documents), r.subject, r.type, r.object))


def load_json(value: str | None, default):
    return json.loads(value) if value else default
