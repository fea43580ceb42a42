"""The exported forms of model.Event, derived from its declaration: the contract's Event (JSON
export, JSON API, Python API) and the flat views (CSV, Python API records). A field added to
model.Event appears in all of them without further changes."""
from __future__ import annotations

from dataclasses import Field, fields

from .model import Event


def event_json(event_id: str, document: str, values: dict) -> dict:
    """The contract's Event from field values (entity fields holding corpus entity ids); fields
    of a group are gathered: evidence [{document, sentence, start, end}], trigger_span [start, end]."""
    out: dict = {"id": event_id}
    for f in fields(Event):
        group = f.metadata.get("group")
        if group == "evidence":
            out.setdefault("evidence", [{"document": document}])[0][f.name] = values[f.name]
        elif group:
            out.setdefault(group, []).append(values[f.name])
        else:
            out[f.name] = values[f.name]
    return out


def flat_extras(spelled_out: set[str]) -> list[Field]:
    """The Event fields a flat view shows as they are, after the ones it spells out its own way
    (`spelled_out`): every field that is not marked flat=False."""
    return [f for f in fields(Event) if f.metadata.get("flat", True) and f.name not in spelled_out]


def flat_value(event: dict, f: Field):
    """A field's value in a contract Event, where its group put it (an evidence field: the first
    evidence item's)."""
    if f.metadata.get("group") == "evidence":
        return (event.get("evidence") or [{}])[0].get(f.name, f.default)
    return event.get(f.name)
