"""The store's columns for the records of model.py, derived from their declaration: how a
record becomes a row (inserts) and a row becomes field values again (reads). Adding a field
to model.Event adds its column here by itself; its migration adds it to the table (the tests
check that the two agree)."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import MISSING, Field, fields

from ..model import Document, Event, stable_id

EVENT_FIELDS: tuple[Field, ...] = fields(Event)
DOCUMENT_FIELDS: tuple[Field, ...] = fields(Document)
DOCUMENT_COLUMNS: tuple[str, ...] = ("id", *(f.name for f in DOCUMENT_FIELDS), "hash", "minhash")


def event_id(document_id: str, index: int, ev: Event) -> str:
    # a headline's event is told apart from the body's at the same offsets (body ids as they were)
    passage = () if ev.passage == "text" else (ev.passage,)
    return stable_id("ev", document_id, ev.start, ev.trigger_start, ev.type, ev.subject, ev.object, index, *passage)


def _kind(f: Field) -> str | None:
    return f.metadata.get("kind")


def field_columns(f: Field) -> tuple[str, ...]:
    if _kind(f) == "entity":
        return (f"{f.name}_key",)
    if _kind(f) == "source":
        return ("source_key", "source_text", "source_chain")
    return (f.name,)


EVENT_COLUMNS: tuple[str, ...] = ("id", "document", *(c for f in EVENT_FIELDS for c in field_columns(f)))


def entity_columns(f: Field) -> Iterator[str]:
    """The columns of a field that hold entity keys."""
    if _kind(f) == "entity":
        yield f"{f.name}_key"
    elif _kind(f) == "source":
        yield "source_key"


def _encode(f: Field, value) -> tuple:
    kind = _kind(f)
    if kind == "flag":
        return (int(value),)
    if kind == "json":
        return (json.dumps(value),)
    if kind == "source":
        if value is None:
            return (None, None, None)
        return (value.entity, value.text,
                json.dumps([{"entity": r.entity, "text": r.text} for r in value.chain]))
    return (value,)


def event_row(document_id: str, index: int, ev: Event) -> tuple:
    """The row of one event of a document, in EVENT_COLUMNS order."""
    values = [event_id(document_id, index, ev), document_id]
    for f in EVENT_FIELDS:
        values += _encode(f, getattr(ev, f.name))
    return tuple(values)


def event_keys(row: Mapping) -> Iterator[str | None]:
    """Every entity key an event row refers to (relays included)."""
    for f in EVENT_FIELDS:
        yield from (row[c] for c in entity_columns(f))
    yield from (c["entity"] for c in json.loads(row["source_chain"] or "[]"))


def _empty(f: Field):
    return f.default_factory() if f.default_factory is not MISSING else None


def event_values(row: Mapping, entity_of: Callable[[str], str | None]) -> dict:
    """Field values of an event row, with entity keys turned into corpus entity ids."""
    out = {}
    for f in EVENT_FIELDS:
        kind = _kind(f)
        if kind == "entity":
            key = row[f"{f.name}_key"]
            out[f.name] = entity_of(key) if key else None
        elif kind == "source":
            out[f.name] = None if row["source_text"] is None else {
                "entity": entity_of(row["source_key"]) if row["source_key"] else None,
                "text": row["source_text"],
                "chain": [{"entity": entity_of(c["entity"]) if c["entity"] else None, "text": c["text"]}
                          for c in json.loads(row["source_chain"] or "[]")]}
        elif kind == "flag":
            out[f.name] = bool(row[f.name])
        elif kind == "json":
            out[f.name] = json.loads(row[f.name]) if row[f.name] else _empty(f)
        else:
            out[f.name] = row[f.name]
    return out


def document_row(doc: Document, minhash: bytes | None, duplicate_of: str | None) -> tuple:
    """The row of a document, in DOCUMENT_COLUMNS order (`duplicate_of`: the near-copy found
    at ingest, else the document's own)."""
    values = [doc.id]
    for f in DOCUMENT_FIELDS:
        value = getattr(doc, f.name)
        values += _encode(f, duplicate_of or value if f.name == "duplicate_of" else value)
    return (*values, doc.hash, minhash)


def document_columns(with_text: bool) -> tuple[str, ...]:
    """The columns of a document's record (the text only `with_text`)."""
    return ("id", *(f.name for f in DOCUMENT_FIELDS if with_text or not f.metadata.get("bulky")))


def document_values(row: Mapping, with_text: bool) -> dict:
    """A document's record from its row: id, then its fields in declared order."""
    out = {"id": row["id"]}
    for f in DOCUMENT_FIELDS:
        if with_text or not f.metadata.get("bulky"):
            out[f.name] = json.loads(row[f.name]) if _kind(f) == "json" else row[f.name]
    return out
