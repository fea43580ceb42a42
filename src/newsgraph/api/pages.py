"""The web explorer: server-rendered HTML pages over the same read model as the JSON API, and
the static files they use."""
from __future__ import annotations

from importlib import resources
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import query as q
from ..model import CERTAINTIES, EVENT_TYPES
from .params import Db, EntityId, EventType, Filters, ItemId, Limit, Offset, Words, page, segments

WEB = resources.files("newsgraph").joinpath("web")
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".png": "image/png", ".svg": "image/svg+xml"}
PAGE_POLICY = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
               " object-src 'none'")

env = Environment(loader=FileSystemLoader(str(WEB.joinpath("templates"))),
                  autoescape=select_autoescape(default=True, default_for_string=True))
env.globals.update(event_types=EVENT_TYPES, certainties=CERTAINTIES, quad_classes=q.QUAD_CLASSES)
router = APIRouter(include_in_schema=False)


def render(name: str, status_code: int = 200, **context) -> HTMLResponse:
    return HTMLResponse(env.get_template(name).render(**context), status_code=status_code,
                        headers={"Content-Security-Policy": PAGE_POLICY})


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    # Our own page from the OpenAPI schema: FastAPI's Swagger page would fetch scripts from a CDN.
    return render("apidocs.html", paths=request.app.openapi()["paths"])


@router.get("/static/{name}")
def static(name: Annotated[str, Path(pattern=r"^[a-z0-9_-]+\.(css|js|png|svg)$")]):
    path = WEB.joinpath("static").joinpath(name)
    if not path.is_file():
        raise StarletteHTTPException(404)
    return Response(path.read_bytes(), media_type=STATIC_TYPES["." + name.rsplit(".", 1)[1]],
                    headers={"Cache-Control": "max-age=300"})


@router.get("/", response_class=HTMLResponse)
def home(db: Db, f: Filters):
    total, rels = q.find_relations(db, f, limit=25)
    return render("index.html", relations=rels, total=total, filters=f,
                  counts={t: db.count(t) for t in ("documents", "entities", "events")})


@router.get("/search", response_class=HTMLResponse)
def search(db: Db, q_: Annotated[str, Query(alias="q", max_length=200)] = ""):
    results = q.find_entities(db, q_, 50) if q_.strip() else []
    return render("search.html", query=q_, results=results)


@router.get("/actors/{entity_id}", response_class=HTMLResponse)
def actor(db: Db, entity_id: EntityId, f: Filters):
    return render("actor.html", p=q.profile(db, entity_id, f), filters=f)


@router.get("/relations/{subject_id}/{relation_type}/{object_id}", response_class=HTMLResponse)
def relation(db: Db, subject_id: EntityId, relation_type: EventType, object_id: EntityId, f: Filters):
    card = q.relation_card(db, subject_id, relation_type, object_id, f)
    for ev in card["supporting"] + card["contradicting"]:
        ev["segments"] = segments(ev["evidence"][0]["sentence"], ev["marks"])
    return render("relation.html", r=card, filters=f)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad_page(db: Db, a: EntityId, b: EntityId, f: Filters):
    return render("dyad.html", d=q.dyad(db, a, b, f), filters=f)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, db: Db, outlet: Words = None, limit: Limit = 50, offset: Offset = 0):
    total, items = q.find_documents(db, outlet, None, limit, offset)
    return render("documents.html", p=page(request, items, total, limit, offset), outlet=outlet)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(db: Db, doc_id: ItemId):
    doc = q.get_document(db, doc_id)
    marks = [(m["start"], m["end"], "mention m-" + (m["type"] or "OTHER"),
              f"/actors/{m['entity']}" if m["entity"] else None, f"{m['name']} ({m['type']})")
             for m in doc["mentions"]]
    triggers = {passage: [(e["trigger_span"][0], e["trigger_span"][1], "trigger", f"#{e['id']}", e["type"])
                          for e in doc["events"] if e["evidence"][0].get("passage", "text") == passage
                          and e["trigger_span"][0] is not None and e["trigger_span"][0] >= 0]
                for passage in ("text", "title")}
    # the headline's events (passage "title") are marked in the headline, the body's in the body
    return render("document.html", d=doc, segments=segments(doc["text"], marks + triggers["text"]),
                  title_segments=segments(doc["title"], triggers["title"]) if doc.get("title") else None)
