"""Restrictions on claims common to every read query, and their SQL.

Every filter is a fixed SQL fragment with parameters: no value supplied by a user is ever put
into SQL text."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from ..model import CERTAINTIES, EVENT_TYPES, QUAD_CLASS
from .dialect import placeholders

QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "standing")


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
    min_confidence: float | None = None  # events rated at least this (0..1); unrated ones are left out

    def __post_init__(self):
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"minimum confidence {self.min_confidence!r} is not between 0 and 1")
        if self.type and self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")
        if self.certainty and self.certainty not in CERTAINTIES:
            raise ValueError(f"unknown certainty {self.certainty!r}")
        if self.quad_class and self.quad_class not in QUAD_CLASSES:
            raise ValueError(f"unknown quad class {self.quad_class!r}")

    def cache_key(self) -> tuple:
        return tuple(getattr(self, f.name) for f in fields(self))


def event_where(dialect, f: Filters, outlets_of_country: Callable[[str], list[str]]) -> tuple[str, list]:
    """The WHERE clause (over events e JOIN documents d) and its parameters for `f`."""
    clauses, params = [dialect.true], []

    def add(clause: str, *values) -> None:
        clauses.append(clause)
        params.extend(values)

    if f.type:
        add("e.type = ?", f.type)
    if f.quad_class:
        types = [t for t, q in QUAD_CLASS.items() if q == f.quad_class]
        add(f"e.type IN ({placeholders(len(types))})", *types)
    subject_of, object_of = dialect.of_entity("e.subject_key"), dialect.of_entity("e.object_key")
    if f.actor:
        add(f"({subject_of} OR {object_of})", f.actor, f.actor)
    if f.subject:
        add(subject_of, f.subject)
    if f.object:
        add(object_of, f.object)
    if f.dyad:
        a, b = f.dyad
        add(f"(({subject_of} AND {object_of}) OR ({subject_of} AND {object_of}))", a, b, b, a)
    if f.date_from:
        # compared at the event date's own precision: a claim dated "2018-02" overlaps 2018-02-05..
        add("COALESCE(e.date, d.published) >= substr(?, 1, length(COALESCE(e.date, d.published)))", f.date_from)
    if f.date_to:
        add("substr(COALESCE(e.date, d.published), 1, ?) <= ?", len(f.date_to), f.date_to)
    if f.certainty:
        add("e.certainty = ?", f.certainty)
    if f.negated is not None:
        add("e.negated = ?", int(f.negated))
    if f.outlet:
        add(dialect.equals_nocase("d.outlet"), f.outlet)
    if f.outlet_country:
        outlets = outlets_of_country(f.outlet_country)
        add(f"d.outlet IN ({placeholders(len(outlets))})" if outlets else dialect.false, *outlets)
    if f.source:
        add(f"({dialect.of_entity('e.source_key')} OR {dialect.contains('e.source_text')})",
            f.source, dialect.contains_pattern(f.source))
    if f.source_country:
        add("e.source_key IN (SELECT k.key FROM entity_keys k JOIN entities s ON s.id = k.entity"
            " WHERE s.country = ?)", f.source_country)
    if f.document:
        add("e.document = ?", f.document)
    if f.min_confidence is not None:
        add("e.confidence >= ?", f.min_confidence)
    return " AND ".join(clauses), params
