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


def folded_sides(analysis, gazetteer, event_type: str, *fields: str) -> list[tuple]:
    """Each event of the type as (the folded names its subject answers to, those its object answers to,
    *the event's `fields`): evaluation.probes.names_of, with aliases and a state body's country."""
    from newsgraph.evaluation.probes import names_of
    return [(names_of(analysis, e.subject, gazetteer), names_of(analysis, e.object, gazetteer),
             *(getattr(e, f) for f in fields)) for e in analysis.events if e.type == event_type]


def answers_to(names: set[str], word: str) -> bool:
    """Whether a side whose folded names are `names` answers to `word`: one of them holds it, folded."""
    from newsgraph.resolve.names import fold
    return any(fold(word) in n for n in names)


def type_triggers(analysis) -> set[tuple[str, str]]:
    """Each event as (type, trigger word): what was made, whoever its sides."""
    return {(e.type, e.trigger) for e in analysis.events}


def typed_sides(rows, event_type: str) -> set[tuple]:
    """The (subject, object) of the (type, subject, object) rows of the type (as conftest's events_named gives)."""
    return {(subject, obj) for kind, subject, obj in rows if kind == event_type}


def event_types(analysis, relations: bool = True) -> set[str]:
    """The types of the events, without the standing relations (LEADERSHIP, AFFILIATION) if not `relations`."""
    return {e.type for e in analysis.events if relations or e.type not in ("LEADERSHIP", "AFFILIATION")}


def event_keys(analysis) -> set[tuple]:
    """Each event as (type, subject key, object key): the entity keys, not their names."""
    return {(e.type, e.subject, e.object) for e in analysis.events}


def folded_subjects(analysis, gazetteer, event_type: str) -> list[set[str]]:
    """The folded names each event of the type's subject answers to (folded_sides' first side)."""
    return [subject for subject, *_ in folded_sides(analysis, gazetteer, event_type)]


def has_row(rows, event_type: str, subject: str, other: str | None) -> bool:
    """Whether a (type, subject, object) row of the type has a subject holding `subject` and an object
    holding `other` (lower-cased), or no object where `other` is None."""
    return any(t == event_type and s and subject in s.lower() and (other is None and o is None or o and other in o.lower())
               for t, s, o in rows)
