"""The explorer's map: the /map page, the GeoJSON of located claims (/api/events.geojson, the
event filters plus how strongly placed and a dyad), and the packaged map library and world
outline (/static/vendor/...), so that the map works with no internet connection."""
from __future__ import annotations

import inspect
from dataclasses import fields, replace
from importlib import resources
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import query as q
from ..charts import monthly_chart
from ..model import LOCATION_METHODS
from .pages import env, render
from .params import Db, Filters, event_filters

VENDOR = resources.files("newsgraph").joinpath("web", "static", "vendor")
VENDOR_TYPES = {"css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "png": "image/png",
                "geojson": "application/geo+json"}
Placed = Literal[LOCATION_METHODS]
PlacedQuery = Annotated[Placed | None, Query(description="the weakest placement to show: clause (strongest), "
                                                         "sentence, paragraph or dateline")]
Between = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.:-]{1,120},[A-Za-z0-9_.:-]{1,120}$",
                                      description="two entity ids, A,B: the claims between them, either way")]
FILTER_PARAMS = frozenset(inspect.signature(event_filters).parameters)   # the API's filter parameters
router = APIRouter()


def geojson_url(filters: q.Filters, **extra) -> str:
    """/api/events.geojson with the page's filters and `extra` parameters."""
    values = {f.name: getattr(filters, f.name) for f in fields(filters) if f.name in FILTER_PARAMS}
    values.update(extra)
    params = {k: ("true" if v is True else "false" if v is False else v) for k, v in values.items() if v not in (None, "")}
    return "/api/events.geojson" + ("?" + urlencode(params) if params else "")


env.globals.update(geojson_url=geojson_url, monthly_chart=monthly_chart)


@router.get("/api/events.geojson", tags=["events"], summary="Located claims as GeoJSON points",
            response_class=JSONResponse)
def api_events_geojson(db: Db, f: Filters, placed: PlacedQuery = None, between: Between = None,
                       limit: Annotated[int, Query(ge=1, le=q.MAP_LIMIT)] = q.MAP_LIMIT):
    if between:
        a, b = between.split(",")
        f = replace(f, dyad=(a, b), actor=None, subject=None, object=None)
    return JSONResponse(q.map_events(db, f, limit, placed), media_type="application/geo+json")


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def map_page(f: Filters, placed: PlacedQuery = None):
    return render("map.html", filters=f, placed=placed, location_methods=LOCATION_METHODS,
                  src=geojson_url(f, placed=placed))


@router.get("/static/vendor/{path:path}", include_in_schema=False)
def vendor(path: Annotated[str, Path(pattern=r"^[a-z][a-z.]*(/[A-Za-z][A-Za-z0-9_.-]*){1,2}\.(css|js|png|geojson)$")]):
    target = VENDOR.joinpath(*path.split("/"))
    if ".." in path or not target.is_file():
        raise StarletteHTTPException(404)
    return Response(target.read_bytes(), media_type=VENDOR_TYPES[path.rsplit(".", 1)[1]],
                    headers={"Cache-Control": "max-age=86400"})
