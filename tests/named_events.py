"""The events of an analysis as rows of names, the shape extraction tests assert on, written once
here rather than in each test file. A side with no entity (no side, or a key no entity has) is None."""
from __future__ import annotations


def name_of(analysis, key: str | None, lower: bool = False) -> str | None:
    """The name of the entity `key` stands for, lower-cased with `lower`; None when there is none."""
    entity = analysis.entities.get(key) if key is not None else None
    if entity is None:
        return None
    return entity.name.lower() if lower else entity.name


def named_sides(analysis, event_type: str, *fields: str, lower: bool = False, both: bool = False) -> set[tuple]:
    """Each event of the type as (subject name, object name, *the event's `fields`); with `both`,
    only the events whose two sides are both named."""
    rows = {(name_of(analysis, e.subject, lower), name_of(analysis, e.object, lower), *(getattr(e, f) for f in fields))
            for e in analysis.events if e.type == event_type}
    return {r for r in rows if r[0] is not None and r[1] is not None} if both else rows


def event_sides(analysis, event_type: str) -> list[tuple[set[str], set[str]]]:
    """Each event of the type as (words of the subject's name, words of the object's name), lower-cased."""
    return [(set((name_of(analysis, e.subject, True) or "").split()), set((name_of(analysis, e.object, True) or "").split()))
            for e in analysis.events if e.type == event_type]
