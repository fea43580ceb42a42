"""The JSON API under /api (OpenAPI at /api/openapi.json)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import query as q
from .params import (
    Country,
    Db,
    EntityId,
    EntityType,
    EventType,
    Filters,
    ItemId,
    Limit,
    MinOrigins,
    Offset,
    Perspective,
    Words,
    page,
)


class Problem(BaseModel):
    parameter: str
    problem: str


class ErrorDetail(BaseModel):
    status: int
    message: str
    problems: list[Problem]


class ErrorBody(BaseModel):
    """The one shape of every API error."""
    error: ErrorDetail


ERRORS = {404: {"model": ErrorBody, "description": "no such item (or page)"},
          422: {"model": ErrorBody, "description": "invalid (or blank) request parameters"}}
router = APIRouter(prefix="/api", responses=ERRORS)


@router.get("/documents", tags=["documents"])
def api_documents(request: Request, db: Db, outlet: Words = None,
                  q_: Annotated[str | None, Query(alias="q", max_length=200, description="words of the title")] = None,
                  limit: Limit = 50, offset: Offset = 0):
    total, items = q.find_documents(db, outlet, q_, limit, offset)
    return page(request, items, total, limit, offset)


@router.get("/documents/{doc_id}", tags=["documents"])
def api_document(db: Db, doc_id: ItemId):
    return q.get_document(db, doc_id)


@router.get("/entities", tags=["entities"])
def api_entities(request: Request, db: Db, q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
                 type: EntityType | None = None, country: Country = None, limit: Limit = 50, offset: Offset = 0):
    items = q.find_entities(db, q_, limit, offset, type, country)
    return page(request, items, q.count_entities(db, q_, type, country), limit, offset)


@router.get("/entities/{entity_id}", tags=["entities"], summary="Actor profile")
def api_entity(db: Db, entity_id: EntityId, f: Filters):
    return q.profile(db, entity_id, f)


@router.get("/search", tags=["entities"], summary="Find actors by name or alias")
def api_search(db: Db, q_: Annotated[str, Query(alias="q", min_length=1, max_length=200)], limit: Limit = 20):
    return {"query": q_, "items": q.find_entities(db, q_, limit)}


@router.get("/events", tags=["events"])
def api_events(request: Request, db: Db, f: Filters, limit: Limit = 50, offset: Offset = 0):
    return page(request, q.find_events(db, f, limit, offset), q.count_events(db, f), limit, offset)


@router.get("/events/{event_id}", tags=["events"])
def api_event(db: Db, event_id: ItemId):
    found = q.with_marks(db, q.events_by_id(db, [event_id]))
    if not found:
        raise q.NotFound(f"no event {event_id}")
    return found[0]


@router.get("/relations", tags=["relations"])
def api_relations(request: Request, db: Db, f: Filters, min_origins: MinOrigins = 1,
                  split_by: Perspective | None = None, limit: Limit = 50, offset: Offset = 0):
    if split_by:
        return {"split_by": split_by, "groups": q.split_relations(db, f, split_by, limit)}
    total, items = q.find_relations(db, f, limit, offset, min_origins)
    return page(request, items, total, limit, offset)


@router.get("/relations/{subject_id}/{relation_type}/{object_id}", tags=["relations"], summary="Evidence card")
def api_relation(db: Db, subject_id: EntityId, relation_type: EventType, object_id: EntityId, f: Filters):
    return q.relation_card(db, subject_id, relation_type, object_id, f)


@router.get("/dyads/{a}/{b}", tags=["relations"], summary="Cooperation and conflict between two actors")
def api_dyad(db: Db, a: EntityId, b: EntityId, f: Filters):
    return q.dyad(db, a, b, f)


@router.get("/network", tags=["relations"], summary="Actor network (relations with most origins)")
def api_network(db: Db, f: Filters, min_origins: MinOrigins = 1,
                limit: Annotated[int, Query(ge=1, le=500)] = 150):
    return q.network(db, f, limit, min_origins)


@router.get("/{rest:path}", include_in_schema=False)
def api_unknown(rest: str):
    raise StarletteHTTPException(404)
