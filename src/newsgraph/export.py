"""Exports: the JSON contract (shared/contract), GEXF, GraphML and CSV."""
from __future__ import annotations

import json
from typing import IO

from .graph import aggregate
from .store import Store

FORMATS = ("json",)


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
    relations = aggregate(events, {d["id"]: d for d in documents})
    return {
        "format": "newsgraph-export", "version": 1,
        "documents": documents, "entities": export_entities(store), "events": events,
        "relations": [r.as_dict() for r in relations],
    }


def write_export(store: Store, fmt: str, out: IO[str], with_text: bool = False) -> None:
    if fmt == "json":
        json.dump(build_export(store, with_text), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
