"""The store: the one place that knows SQL and the backend. `open_store` picks it: `Store` is the
SQLite store (store/sqlite.py), `PostgresStore` the PostgreSQL one (store/postgres.py); their
write side is written once, in `Store`; `store.read`
is its read model (store/read.py). Schema changes are versioned migrations (store/migrations/),
what differs between SQL backends is in store/dialect.py."""
from __future__ import annotations

from pathlib import Path

from .columns import event_id
from .filters import QUAD_CLASSES, Filters
from .read import ReadModel
from .sqlite import APPLICATION_ID, SCHEMA_VERSION, Store

__all__ = ["Store", "ReadModel", "Filters", "QUAD_CLASSES", "event_id", "SCHEMA_VERSION", "APPLICATION_ID",
           "open_store", "is_postgres"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(location: str | Path) -> bool:
    return str(location).startswith(POSTGRES_SCHEMES)


def open_store(location: str | Path, *, readonly: bool = False) -> Store:
    """The store at `location`: the one place that picks a backend from it, a PostgreSQL
    database for a `postgresql://USER@HOST:PORT/DB` URL, else an SQLite file."""
    if is_postgres(location):
        from .postgres import PostgresStore  # noqa: PLC0415  psycopg only when it is used

        return PostgresStore(str(location), readonly=readonly)
    return Store(location, readonly=readonly)
