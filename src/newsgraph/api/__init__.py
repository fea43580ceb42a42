"""The HTTP side: a JSON API (FastAPI, OpenAPI at /api/openapi.json) and the web explorer
(server-rendered HTML pages with a little of the project's own JavaScript), one process.

Article text and entity names are hostile input: templates autoescape everything, and the
JavaScript builds the DOM with textContent only. So are requests: only the Host names the
server answers to are served (a web page whose name rebinds to 127.0.0.1 must not read the
corpus), and every response forbids framing and content sniffing."""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import query as q
from ..errors import StoreError
from ..store import open_store
from . import json_routes, maps, pages
from .params import ENTITY_PARAMS, segments

__all__ = ["LOCAL_HOSTS", "create_app", "error_response", "segments"]

# Host names a server answers to besides the one it is bound to.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")


def error_response(status: int, message: str, problems: list[dict] | None = None,
                   headers: dict | None = None) -> JSONResponse:
    """The one shape of every API error: {"error": {"status", "message", "problems"}}."""
    return JSONResponse({"error": {"status": status, "message": message, "problems": problems or []}},
                        status_code=status, headers=headers)


def failure(request: Request, status: int, message: str, problems: list[dict] | None = None,
            headers: dict | None = None) -> Response:
    """An error answer: the error body for the API and static files, an error page otherwise."""
    if request.url.path.startswith(("/api", "/static")):
        return error_response(status, message, problems, headers)
    response = pages.render("error.html", status, status=status, message=message, problems=problems or [])
    response.headers.update(headers or {})
    return response


def host_name(header: str) -> str | None:
    """The host name of a Host header ("Example.org:8000" -> "example.org"), None if malformed."""
    try:
        return urlsplit("//" + header).hostname
    except ValueError:
        return None


class Guard:
    """ASGI middleware: refuses a request whose Host is not served here, sends nosniff and
    frame-ancestors 'none' with every response (JSON and static files too)."""

    def __init__(self, app, allowed_hosts: Iterable[str]):
        self.app = app
        self.allowed = {h.strip().lower().strip("[]") for h in allowed_hosts if h.strip()}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_guarded(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                policy = headers.get("Content-Security-Policy") or "default-src 'none'"
                headers["Content-Security-Policy"] = f"{policy}; frame-ancestors 'none'"
            await send(message)

        header = Headers(scope=scope).get("host", "")
        if "*" not in self.allowed and host_name(header) not in self.allowed:
            refused = error_response(400, f"this server does not answer to the host {header[:100]!r}; "
                                          "allow it with NEWSGRAPH_ALLOWED_HOSTS")
            await refused(scope, receive, send_guarded)
            return
        await self.app(scope, receive, send_guarded)


def blank_parameters(request: Request) -> Response | None:
    """Blank query parameters: an error for the API; for pages (whose filter forms send every
    field) removed, as an empty field means "no filter"."""
    raw = request.scope.get("query_string", b"")
    if not raw:
        return None
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
    blank = [k for k, v in pairs if not v.strip()]
    if not blank:
        return None
    if request.url.path.startswith("/api"):
        return error_response(422, "invalid request parameters",
                              [{"parameter": k, "problem": "blank: give a value or leave the parameter out"}
                               for k in blank])
    request.scope["query_string"] = urlencode([(k, v) for k, v in pairs if v.strip()]).encode("latin-1")
    return None


def moved_entity_url(request: Request) -> str | None:
    """The URL of the request with entity ids merged away replaced by their entity's, if any."""
    path = request.url.path
    with open_store(request.app.state.db_path, readonly=True) as store:
        moved = {value: new for name, value in request.path_params.items()
                 if name in ENTITY_PARAMS and (new := store.entity_redirect(value))}
    if not moved:
        return None
    parts = [moved.get(part, part) for part in path.split("/")]
    query = request.url.query
    return "/".join(parts) + (f"?{query}" if query else "")


def add_error_handlers(app: FastAPI) -> None:
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
        return failure(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(q.NotFound)
    async def not_found(request: Request, exc: q.NotFound):
        moved = moved_entity_url(request) if request.method in ("GET", "HEAD") else None
        if moved:
            return RedirectResponse(moved, status_code=308)
        return failure(request, 404, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return failure(request, 503, str(exc))

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return failure(request, 422, str(exc))


def create_app(db_path: str, allowed_hosts: Iterable[str] = LOCAL_HOSTS) -> FastAPI:
    """The API and explorer over the store at `db_path` (opened read-only per request),
    answering requests for `allowed_hosts` only ("*": any)."""
    open_store(db_path, readonly=True).close()   # fail now, with a clear message, if it is not a store
    app = FastAPI(title="newsgraph", version="1", openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="Sourced knowledge graph of news reporting: documents, "
                  "actors, events, relations with corroboration and contradictions, dyads.")
    app.state.db_path = db_path

    @app.middleware("http")
    async def check_parameters(request: Request, call_next):
        return blank_parameters(request) or await call_next(request)

    app.add_middleware(Guard, allowed_hosts=tuple(allowed_hosts))
    add_error_handlers(app)
    app.include_router(pages.router)
    app.include_router(maps.router)          # before the JSON API's catch-all for unknown /api paths
    app.include_router(json_routes.router)
    return app
