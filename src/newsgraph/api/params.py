"""What the JSON API and the explorer pages share: parameter types, the event filters, the
per-request store, paging, and marking spans of a text."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import Depends, Path, Query, Request

from .. import query as q
from ..model import CERTAINTIES, ENTITY_TYPES, EVENT_TYPES
from ..store import Store, open_store

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ID = r"^[A-Za-z0-9_.:-]{1,120}$"
# Path parameters that name an entity: an id merged away redirects to its new entity.
ENTITY_PARAMS = ("entity_id", "subject_id", "object_id", "a", "b")

EventType = Literal[EVENT_TYPES]
Certainty = Literal[CERTAINTIES]
QuadClass = Literal[q.QUAD_CLASSES]
EntityType = Literal[ENTITY_TYPES]
Perspective = Literal[q.PERSPECTIVES]
EntityId = Annotated[str, Path(pattern=ID, description="entity id")]
ItemId = Annotated[str, Path(pattern=ID)]
Limit = Annotated[int, Query(ge=1, le=q.MAX_LIMIT, description=f"page size, at most {q.MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]
Words = Annotated[str | None, Query(max_length=200)]
Country = Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")]
MinOrigins = Annotated[int, Query(ge=1, le=10_000)]


def event_filters(
    type: EventType | None = None,
    quad_class: QuadClass | None = None,
    actor: Annotated[str | None, Query(pattern=ID, description="entity id, as subject or object")] = None,
    subject: Annotated[str | None, Query(pattern=ID)] = None,
    object: Annotated[str | None, Query(pattern=ID)] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    certainty: Certainty | None = None,
    negated: bool | None = None,
    outlet: Annotated[str | None, Query(max_length=200, description="who reports: outlet name")] = None,
    outlet_country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="outlets of a country (ISO3)")] = None,
    source: Annotated[str | None, Query(max_length=200, description="who is quoted: entity id or words")] = None,
    source_country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="quoted sources of a country")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="events rated at least this (0..1)")] = None,
) -> q.Filters:
    return q.Filters(type=type, quad_class=quad_class, actor=actor, subject=subject, object=object,
                     date_from=date_from, date_to=date_to, certainty=certainty, negated=negated,
                     outlet=outlet, outlet_country=outlet_country, source=source, source_country=source_country,
                     min_confidence=min_confidence)


Filters = Annotated[q.Filters, Depends(event_filters)]


def get_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request (SQLite connections are cheap; sharing one
    between threads is not safe)."""
    store = open_store(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


Db = Annotated[Store, Depends(get_store)]


def page(request: Request, items: list, total: int, limit: int, offset: int) -> dict:
    nxt = None
    if offset + limit < total:
        params = dict(request.query_params)
        params.update(offset=str(offset + limit), limit=str(limit))
        nxt = f"{request.url.path}?{urlencode(params)}"
    return {"total": total, "limit": limit, "offset": offset, "next": nxt, "items": items}


def segments(text: str, marks: list[tuple]) -> list[dict]:
    """Split `text` into plain and marked pieces; marks are (start, end, kind[, href, title]).
    Overlapping marks: the earlier (then longer) one wins."""
    out, at = [], 0
    for mark in sorted(marks, key=lambda m: (m[0], -(m[1] - m[0]))):
        start, end = max(mark[0], 0), min(mark[1], len(text))
        if start < at or end <= start:
            continue
        if start > at:
            out.append({"text": text[at:start]})
        out.append({"text": text[start:end], "kind": mark[2], "href": mark[3] if len(mark) > 3 else None,
                    "title": mark[4] if len(mark) > 4 else None})
        at = end
    if at < len(text):
        out.append({"text": text[at:]})
    return out
