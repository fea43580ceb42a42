"""Exports: the JSON contract (shared/contract), GEXF, GraphML and CSV."""
from __future__ import annotations

import csv
import json
from typing import IO

import networkx as nx

from .dated_facts import add_dated_facts
from .graph import aggregate
from .model import QUAD_CLASS
from .records import flat_extras, flat_value
from .store import Store

FORMATS = ("json", "gexf", "graphml", "csv", "ftm")   # and geojson, in geojson.py (it reads csv_rows)


def export_documents(store: Store, with_text: bool = False) -> list[dict]:
    return store.read.export_documents(with_text)


def export_entities(store: Store) -> list[dict]:
    return store.read.export_entities()


def export_events(store: Store) -> list[dict]:
    return store.read.export_events()


def build_export(store: Store, with_text: bool = False, gazetteer_files: tuple[str, ...] = (),
                 min_confidence: float | None = None) -> dict:
    """The contract's export; with `min_confidence`, only the events rated at least that (an
    event stored before events were rated has no confidence and is left out)."""
    documents = export_documents(store, with_text)
    events = export_events(store)
    if min_confidence is not None:
        events = [e for e in events if e.get("confidence") is not None and e["confidence"] >= min_confidence]
    media = {e["id"]: e for e in export_entities(store) if e["type"] == "MEDIA"}
    relations = aggregate(events, {d["id"]: d for d in documents}, media)
    export = {
        "format": "newsgraph-export", "version": 1,
        "documents": documents, "entities": export_entities(store), "events": events,
        "relations": [r.as_dict() for r in relations],
    }
    # offices of people, dated names of groups, and the groups' successions (dated_facts.py)
    return add_dated_facts(export, store.read.key_map(), gazetteer_files)


def build_graph(export: dict) -> nx.MultiDiGraph:
    """The actor network of an export: entities in relations as nodes, one edge per relation
    (keyed by type; attribute `relation`, since GEXF reserves `type`), weighted by independent origins. Attributes are strings and numbers only,
    as GEXF and GraphML require."""
    graph = nx.MultiDiGraph(name="newsgraph")
    entities = {e["id"]: e for e in export["entities"]}
    for rel in export["relations"]:
        for node in (rel["subject"], rel["object"]):
            if node not in graph:
                ent = entities.get(node, {})
                graph.add_node(node, label=ent.get("name") or node, type=ent.get("type") or "",
                               country=ent.get("country") or "", mentions=int(ent.get("mentions") or 0))
        graph.add_edge(rel["subject"], rel["object"], key=rel["type"], relation=rel["type"],
                       quad_class=QUAD_CLASS.get(rel["type"], ""), weight=int(rel["origins"]),
                       origins=int(rel["origins"]), documents=int(rel["documents"]),
                       events=len(rel["events"]), outlets="; ".join(rel["outlets"]),
                       first_seen=rel["first_seen"] or "", last_seen=rel["last_seen"] or "",
                       contradicted_by=len(rel["contradicted_by"]))
    return graph


# Events flattened GDELT-style; these Event fields are spelled out (actors with names, countries
# and types), every other field of model.Event not marked flat=False follows as it is.
_CSV_LAYOUT = (
    "event_id", "date", "subject_id", "subject_name", "subject_country", "subject_type", "event_type",
    "quad_class", "object_id", "object_name", "object_country", "object_type", "certainty", "negated",
    "source_id", "source_name", "source_text", "location_id", "location_name", "quantities", "document_id",
    "outlet", "published", "url", "sentence",
)
_CSV_EXTRAS = flat_extras({"type", "subject", "object", "certainty", "negated", "source", "location", "date",
                           "quantities", "sentence"})
# the coordinates of the event's place (its location entity's geo), last: columns are only added
CSV_COLUMNS = _CSV_LAYOUT + tuple(f.name for f in _CSV_EXTRAS) + ("lat", "lon")


def _csv_value(value) -> str | int | float:
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, sort_keys=True)
    return "" if value is None else value


def csv_rows(export: dict):
    """Events flattened GDELT-style: one row per event, actors spelled out."""
    entities = {e["id"]: e for e in export["entities"]}
    documents = {d["id"]: d for d in export["documents"]}
    for ev in export["events"]:
        evd = ev["evidence"][0] if ev["evidence"] else {}
        doc = documents.get(evd.get("document"), {})
        row = {"event_id": ev["id"], "date": ev["date"] or doc.get("published") or "", "event_type": ev["type"],
               "quad_class": QUAD_CLASS.get(ev["type"], ""), "certainty": ev["certainty"],
               "negated": int(ev["negated"]), "quantities": json.dumps(ev["quantities"], sort_keys=True),
               "document_id": evd.get("document", ""), "outlet": doc.get("outlet") or "",
               "published": doc.get("published") or "", "url": doc.get("url") or "",
               "sentence": " ".join((evd.get("sentence") or "").split())}
        for role in ("subject", "object"):
            ent = entities.get(ev[role] or "", {})
            row.update({f"{role}_id": ev[role] or "", f"{role}_name": ent.get("name", ""),
                        f"{role}_country": ent.get("country") or "", f"{role}_type": ent.get("type", "")})
        src = ev["source"] or {}
        row.update({"source_id": src.get("entity") or "",
                    "source_name": entities.get(src.get("entity") or "", {}).get("name", ""),
                    "source_text": src.get("text") or "", "location_id": ev["location"] or "",
                    "location_name": entities.get(ev["location"] or "", {}).get("name", "")})
        row.update({f.name: _csv_value(flat_value(ev, f)) for f in _CSV_EXTRAS})
        geo = entities.get(ev["location"] or "", {}).get("geo") or {}
        row.update({"lat": _csv_value(geo.get("lat")), "lon": _csv_value(geo.get("lon"))})
        yield row


def write_export(store: Store, fmt: str, out: IO[str], with_text: bool = False,
                 gazetteer_files: tuple[str, ...] = (), min_confidence: float | None = None) -> None:
    if fmt == "json":
        json.dump(build_export(store, with_text, gazetteer_files, min_confidence), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt in ("gexf", "graphml"):
        graph = build_graph(build_export(store, min_confidence=min_confidence))
        lines = nx.generate_gexf(graph) if fmt == "gexf" else nx.generate_graphml(graph)
        for line in lines:
            out.write(line + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_rows(build_export(store, min_confidence=min_confidence)))
    elif fmt == "ftm":
        from .export_ftm import write_ftm  # noqa: PLC0415  (followthemoney loads slowly)

        write_ftm(build_export(store, gazetteer_files=gazetteer_files, min_confidence=min_confidence), out,
                  store.read.key_map())
    else:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
