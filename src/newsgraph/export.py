"""Exports: the JSON contract (shared/contract), GEXF, GraphML and CSV."""
from __future__ import annotations

import csv
import json
from typing import IO

import networkx as nx

from .graph import aggregate
from .model import QUAD_CLASS
from .store import Store

FORMATS = ("json", "gexf", "graphml", "csv")


def key_map(store: Store) -> dict[str, str]:
    return {k: e for k, e in store.db.execute("SELECT key, entity FROM entity_keys")}


def export_documents(store: Store, with_text: bool = False) -> list[dict]:
    out = []
    for row in store.documents():
        d = {"id": row["id"], "source": row["source"], "title": row["title"], "outlet": row["outlet"],
             "authors": json.loads(row["authors"]), "published": row["published"],
             "duplicate_of": row["duplicate_of"], "url": row["url"]}
        if with_text:
            d["text"] = row["text"]
        out.append(d)
    return out


def export_entities(store: Store) -> list[dict]:
    return [{"id": r["id"], "name": r["name"], "type": r["type"], "aliases": json.loads(r["aliases"]),
             "country": r["country"], "mentions": r["mentions"], "parent": r["parent"]}
            for r in store.db.execute("SELECT * FROM entities ORDER BY mentions DESC, name")]


def event_record(row, keys: dict[str, str]) -> dict:
    ent = keys.get
    source = None
    if row["source_text"] is not None:
        source = {"entity": ent(row["source_key"]) if row["source_key"] else None, "text": row["source_text"],
                  "chain": [{"entity": ent(c["entity"]) if c["entity"] else None, "text": c["text"]}
                            for c in json.loads(row["source_chain"] or "[]")]}
    return {
        "id": row["id"], "type": row["type"],
        "subject": ent(row["subject_key"]) if row["subject_key"] else None,
        "object": ent(row["object_key"]) if row["object_key"] else None,
        "negated": bool(row["negated"]), "certainty": row["certainty"], "source": source,
        "location": ent(row["location_key"]) if row["location_key"] else None,
        "date": row["date"], "quantities": json.loads(row["quantities"] or "{}"),
        "evidence": [{"document": row["document"], "sentence": row["sentence"], "start": row["start"],
                      "end": row["end"]}],
        "trigger": row["trigger"],
        "trigger_span": [row["trigger_start"], row["trigger_end"]],
        "subject_text": row["subject_text"], "object_text": row["object_text"],
    }


def export_events(store: Store) -> list[dict]:
    keys = key_map(store)
    return [event_record(r, keys) for r in store.db.execute("SELECT * FROM events ORDER BY document, start, id")]


def build_export(store: Store, with_text: bool = False) -> dict:
    documents = export_documents(store, with_text)
    events = export_events(store)
    media = {e["id"]: e for e in export_entities(store) if e["type"] == "MEDIA"}
    relations = aggregate(events, {d["id"]: d for d in documents}, media)
    return {
        "format": "newsgraph-export", "version": 1,
        "documents": documents, "entities": export_entities(store), "events": events,
        "relations": [r.as_dict() for r in relations],
    }


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


CSV_COLUMNS = (
    "event_id", "date", "subject_id", "subject_name", "subject_country", "subject_type", "event_type",
    "quad_class", "object_id", "object_name", "object_country", "object_type", "certainty", "negated",
    "source_id", "source_name", "source_text", "location_id", "location_name", "quantities", "document_id",
    "outlet", "published", "url", "sentence",
)


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
        yield row


def write_export(store: Store, fmt: str, out: IO[str], with_text: bool = False) -> None:
    if fmt == "json":
        json.dump(build_export(store, with_text), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt in ("gexf", "graphml"):
        graph = build_graph(build_export(store))
        lines = nx.generate_gexf(graph) if fmt == "gexf" else nx.generate_graphml(graph)
        for line in lines:
            out.write(line + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_rows(build_export(store)))
    else:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
