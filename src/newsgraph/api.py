"""The HTTP side: a JSON API (FastAPI, OpenAPI at /api/openapi.json) and the web explorer
(server-rendered HTML pages with a little of the project's own JavaScript), one process.

Article text and entity names are hostile input: templates autoescape everything, and the
JavaScript builds the DOM with textContent only."""
from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import fields, replace
from importlib import resources
from typing import Annotated, Literal
from urllib.parse import parse_qsl, urlencode

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import query as q
from .errors import StoreError
from .charts import monthly_chart
from .model import CERTAINTIES, ENTITY_TYPES, EVENT_TYPES, LOCATION_METHODS
from .store import Store

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ID = r"^[A-Za-z0-9_.:-]{1,120}$"
WEB = resources.files(__package__).joinpath("web")
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".png": "image/png", ".svg": "image/svg+xml"}

EventType = Literal[EVENT_TYPES]
Certainty = Literal[CERTAINTIES]
QuadClass = Literal[q.QUAD_CLASSES]
EntityType = Literal[ENTITY_TYPES]
Perspective = Literal[q.PERSPECTIVES]
EntityId = Annotated[str, Path(pattern=ID, description="entity id")]
Limit = Annotated[int, Query(ge=1, le=q.MAX_LIMIT, description=f"page size, at most {q.MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="items to skip")]


def error_response(status: int, message: str, problems: list[dict] | None = None) -> JSONResponse:
    """The one shape of every API error: {"error": {"status", "message", "problems"}}."""
    return JSONResponse({"error": {"status": status, "message": message, "problems": problems or []}},
                        status_code=status)


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
) -> q.Filters:
    return q.Filters(type=type, quad_class=quad_class, actor=actor, subject=subject, object=object,
                     date_from=date_from, date_to=date_to, certainty=certainty, negated=negated,
                     outlet=outlet, outlet_country=outlet_country, source=source, source_country=source_country)


Filters = Annotated[q.Filters, Depends(event_filters)]
FILTER_PARAMS = frozenset(inspect.signature(event_filters).parameters)   # the API's filter parameters
PlacedQuery = Annotated[Literal[LOCATION_METHODS] | None, Query(
    description="the weakest placement to show: clause (strongest), sentence, paragraph or dateline")]
Between = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.:-]{1,120},[A-Za-z0-9_.:-]{1,120}$",
                                      description="two entity ids, A,B: the claims between them, either way")]
VENDOR_PATH = r"^[a-z][a-z.]*(/[A-Za-z][A-Za-z0-9_.-]*){1,2}\.(css|js|png|geojson)$"
VENDOR_TYPES = {"css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "png": "image/png",
                "geojson": "application/geo+json"}


def geojson_url(filters: q.Filters, **extra) -> str:
    """/api/events.geojson with a page's filters and `extra` parameters (for its map panel)."""
    values = {f.name: getattr(filters, f.name) for f in fields(filters) if f.name in FILTER_PARAMS}
    values.update(extra)
    params = {k: str(v).lower() if isinstance(v, bool) else v for k, v in values.items() if v not in (None, "")}
    return "/api/events.geojson" + ("?" + urlencode(params) if params else "")


def get_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request (SQLite connections are cheap; sharing one
    between threads is not safe)."""
    store = Store(request.app.state.db_path, readonly=True)
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


def create_app(db_path: str) -> FastAPI:
    """The API and explorer over the store at `db_path` (opened read-only per request)."""
    Store(db_path, readonly=True).close()   # fail now, with a clear message, if it is not a store
    app = FastAPI(title="newsgraph", version="1", openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="Sourced knowledge graph of news reporting: documents, "
                  "actors, events, relations with corroboration and contradictions, dyads.")
    app.state.db_path = db_path
    env = Environment(loader=FileSystemLoader(str(WEB.joinpath("templates"))),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(event_types=EVENT_TYPES, certainties=CERTAINTIES, quad_classes=q.QUAD_CLASSES,
                       monthly_chart=monthly_chart, geojson_url=geojson_url)

    def html(name: str, status_code: int = 200, **context) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status_code,
                            headers={"Content-Security-Policy": "default-src 'self'; img-src 'self' data:;"
                                     " style-src 'self'; script-src 'self'; object-src 'none'"})

    def failure(request: Request, status: int, message: str, problems: list[dict] | None = None):
        if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
            return error_response(status, message, problems)
        return html("error.html", status, status=status, message=message, problems=problems or [])

    @app.middleware("http")
    async def blank_means_absent(request: Request, call_next):
        # HTML filter forms send every field; an empty one means "no filter", not an invalid value.
        scope_qs = request.scope.get("query_string", b"")
        if scope_qs:
            kept = [(k, v) for k, v in parse_qsl(scope_qs.decode("latin-1"), keep_blank_values=True) if v.strip()]
            request.scope["query_string"] = urlencode(kept).encode("latin-1")
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = [{"parameter": ".".join(str(p) for p in e["loc"][1:]) or str(e["loc"][0]),
                     "problem": e["msg"]} for e in exc.errors()]
        return failure(request, 422, "invalid request parameters", problems)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return failure(request, exc.status_code, message)

    @app.exception_handler(q.NotFound)
    async def not_found(request: Request, exc: q.NotFound):
        return failure(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return failure(request, 503, str(exc))

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return failure(request, 422, str(exc))

    # --- JSON API -------------------------------------------------------------------------

    @app.get("/api/documents", tags=["documents"])
    def api_documents(request: Request, db: Db, outlet: Annotated[str | None, Query(max_length=200)] = None,
                      q_: Annotated[str | None, Query(alias="q", max_length=200, description="words of the title")] = None,
                      limit: Limit = 50, offset: Offset = 0):
        total, items = q.find_documents(db, outlet, q_, limit, offset)
        return page(request, items, total, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def api_document(db: Db, doc_id: Annotated[str, Path(pattern=ID)]):
        return q.get_document(db, doc_id)

    @app.get("/api/entities", tags=["entities"])
    def api_entities(request: Request, db: Db, q_: Annotated[str | None, Query(alias="q", max_length=200)] = None,
                     type: EntityType | None = None,
                     country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
                     limit: Limit = 50, offset: Offset = 0):
        items = q.find_entities(db, q_, limit, offset, type, country)
        return page(request, items, q.count_entities(db, q_, type, country), limit, offset)

    @app.get("/api/entities/{entity_id}", tags=["entities"], summary="Actor profile")
    def api_entity(db: Db, entity_id: EntityId, f: Filters):
        return q.profile(db, entity_id, f)

    @app.get("/api/search", tags=["entities"], summary="Find actors by name or alias")
    def api_search(db: Db, q_: Annotated[str, Query(alias="q", min_length=1, max_length=200)],
                   limit: Limit = 20):
        return {"query": q_, "items": q.find_entities(db, q_, limit)}

    @app.get("/api/events", tags=["events"])
    def api_events(request: Request, db: Db, f: Filters, limit: Limit = 50, offset: Offset = 0):
        return page(request, q.find_events(db, f, limit, offset), q.count_events(db, f), limit, offset)

    @app.get("/api/events/{event_id}", tags=["events"])
    def api_event(db: Db, event_id: Annotated[str, Path(pattern=ID)]):
        found = q.with_marks(db, q.events_by_id(db, [event_id]))
        if not found:
            raise q.NotFound(f"no event {event_id}")
        return found[0]

    @app.get("/api/relations", tags=["relations"])
    def api_relations(request: Request, db: Db, f: Filters, min_origins: Annotated[int, Query(ge=1, le=10_000)] = 1,
                      split_by: Perspective | None = None, limit: Limit = 50, offset: Offset = 0):
        if split_by:
            return {"split_by": split_by, "groups": q.split_relations(db, f, split_by, limit)}
        total, items = q.find_relations(db, f, limit, offset, min_origins)
        return page(request, items, total, limit, offset)

    @app.get("/api/relations/{subject_id}/{relation_type}/{object_id}", tags=["relations"], summary="Evidence card")
    def api_relation(db: Db, subject_id: EntityId, relation_type: EventType, object_id: EntityId, f: Filters):
        return q.relation_card(db, subject_id, relation_type, object_id, f)

    @app.get("/api/dyads/{a}/{b}", tags=["relations"], summary="Cooperation and conflict between two actors")
    def api_dyad(db: Db, a: EntityId, b: EntityId, f: Filters):
        return q.dyad(db, a, b, f)

    @app.get("/api/network", tags=["relations"], summary="Actor network (relations with most origins)")
    def api_network(db: Db, f: Filters, min_origins: Annotated[int, Query(ge=1, le=10_000)] = 1,
                    limit: Annotated[int, Query(ge=1, le=500)] = 150):
        return q.network(db, f, limit, min_origins)

    @app.get("/api/events.geojson", tags=["events"], summary="Located claims as GeoJSON points")
    def api_events_geojson(db: Db, f: Filters, placed: PlacedQuery = None, between: Between = None,
                           limit: Annotated[int, Query(ge=1, le=q.MAP_LIMIT)] = q.MAP_LIMIT):
        if between:
            a, b = between.split(",")
            f = replace(f, dyad=(a, b), actor=None, subject=None, object=None)
        return JSONResponse(q.map_events(db, f, limit, placed), media_type="application/geo+json")

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(f: Filters, placed: PlacedQuery = None):
        return html("map.html", filters=f, placed=placed, location_methods=LOCATION_METHODS,
                    src=geojson_url(f, placed=placed))

    @app.get("/static/vendor/{path:path}", include_in_schema=False)
    def vendor(path: Annotated[str, Path(pattern=VENDOR_PATH)]):
        target = WEB.joinpath("static", "vendor", *path.split("/"))
        if ".." in path or not target.is_file():
            raise StarletteHTTPException(404)
        return Response(target.read_bytes(), media_type=VENDOR_TYPES[path.rsplit(".", 1)[1]],
                        headers={"Cache-Control": "max-age=86400"})

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        # Our own page from the OpenAPI schema: FastAPI's Swagger page would fetch scripts from a CDN.
        return html("apidocs.html", paths=app.openapi()["paths"])

    @app.get("/api/{rest:path}", include_in_schema=False)
    def api_unknown(rest: str):
        raise StarletteHTTPException(404)

    # --- explorer -------------------------------------------------------------------------

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: Annotated[str, Path(pattern=r"^[a-z0-9_-]+\.(css|js|png|svg)$")]):
        path = WEB.joinpath("static").joinpath(name)
        if not path.is_file():
            raise StarletteHTTPException(404)
        return Response(path.read_bytes(), media_type=STATIC_TYPES["." + name.rsplit(".", 1)[1]],
                        headers={"Cache-Control": "max-age=300"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(db: Db, f: Filters):
        total, rels = q.find_relations(db, f, limit=25)
        return html("index.html", relations=rels, total=total, filters=f,
                    counts={t: db.count(t) for t in ("documents", "entities", "events")})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(db: Db, q_: Annotated[str, Query(alias="q", max_length=200)] = ""):
        results = q.find_entities(db, q_, 50) if q_.strip() else []
        return html("search.html", query=q_, results=results)

    @app.get("/actors/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor(db: Db, entity_id: EntityId, f: Filters):
        return html("actor.html", p=q.profile(db, entity_id, f), filters=f)

    @app.get("/relations/{subject_id}/{relation_type}/{object_id}", response_class=HTMLResponse,
             include_in_schema=False)
    def relation(db: Db, subject_id: EntityId, relation_type: EventType, object_id: EntityId, f: Filters):
        card = q.relation_card(db, subject_id, relation_type, object_id, f)
        for ev in card["supporting"] + card["contradicting"]:
            ev["segments"] = segments(ev["evidence"][0]["sentence"], ev["marks"])
        return html("relation.html", r=card, filters=f)

    @app.get("/dyads/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(db: Db, a: EntityId, b: EntityId, f: Filters):
        return html("dyad.html", d=q.dyad(db, a, b, f), filters=f)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents(request: Request, db: Db, outlet: Annotated[str | None, Query(max_length=200)] = None,
                  limit: Limit = 50, offset: Offset = 0):
        total, items = q.find_documents(db, outlet, None, limit, offset)
        return html("documents.html", p=page(request, items, total, limit, offset), outlet=outlet)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document(db: Db, doc_id: Annotated[str, Path(pattern=ID)]):
        doc = q.get_document(db, doc_id)
        marks = [(m["start"], m["end"], "mention m-" + (m["type"] or "OTHER"),
                  f"/actors/{m['entity']}" if m["entity"] else None, f"{m['name']} ({m['type']})")
                 for m in doc["mentions"]]
        marks += [(e["trigger_span"][0], e["trigger_span"][1], "trigger", f"#{e['id']}", e["type"])
                  for e in doc["events"] if e["trigger_span"][0] is not None and e["trigger_span"][0] >= 0]
        return html("document.html", d=doc, segments=segments(doc["text"], marks))

    return app
