"""The time a dateless story tells of, read from the terms of the office holders it names: a story
that names Michael Howard and Gordon Brown is told while Howard led the Tories (2003-2005), so "the
chancellor" is Brown and "the prime minister" is not (Brown held that office from 2007).

`era_choice` takes, of several readings (people who held an office, or offices one person held), the
one whose terms meet the terms of the most other people the document names by full name; a tie, or
no such person, leaves the choice open.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable

from .names import person_key
from .offices import Role, RoleBook, earliest, latest
from .resolution import ResolutionDraft


def term_span(role: Role) -> tuple[dt.date, dt.date]:
    """The days a term may cover (an open term runs on)."""
    return earliest(role.start), latest(role.end) if role.end else dt.date.max


def terms_meet(a: Role, b: Role) -> bool:
    """Whether two terms share a day (a full-day end is the successor's: no overlap on a handover)."""
    (a0, a1), (b0, b1) = term_span(a), term_span(b)
    if a.end and len(a.end) == 10:
        a1 -= dt.timedelta(days=1)
    if b.end and len(b.end) == 10:
        b1 -= dt.timedelta(days=1)
    return a0 <= b1 and b0 <= a1


def named_terms(res: ResolutionDraft, book: RoleBook) -> dict[str, tuple[Role, ...]]:
    """Full-name person key -> the recorded terms of each person the document names by full name."""
    found = {}
    for ent in res.entities.values():
        pk = person_key(ent.name)
        if ent.type == "PERSON" and " " in pk and pk in book.by_person:
            found[pk] = book.by_person[pk]
    return found


def era_choice(options: dict[Hashable, Iterable[Role]], people: dict[str, tuple[Role, ...]]):
    """The option whose terms meet the terms of the most named people other than its own holders;
    None on a tie or where none meets any."""
    support = {}
    for option, terms in options.items():
        terms = tuple(terms)
        own = {person_key(n) for r in terms for n in (r.name, *r.aliases)}
        support[option] = sum(1 for pk, others in people.items() if pk not in own
                              and any(terms_meet(t, o) for t in terms for o in others))
    best = max(support.values(), default=0)
    winners = [option for option, n in support.items() if n == best]
    return winners[0] if best and len(winners) == 1 else None
