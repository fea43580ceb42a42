"""The PostgreSQL store: `Store`'s write side and the shared read model over a connection from
a psycopg 3 connection pool (one pool per database URL and process).

Several ingests may write one database at once: documents, inputs and events are inserted
with ON CONFLICT (a document another ingest stored first is skipped with its children),
migrations run under an advisory lock, corpus entities and relations are replaced under
another, and a write transaction that deadlocks with a concurrent one is retried."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from ..errors import StoreError
from .columns import DOCUMENT_COLUMNS
from .dialect import PostgresDialect
from .migrations import latest, migrate_postgres, pg_version
from .sqlite import Store

DIALECT = PostgresDialect()
POOL_SIZE = 8            # connections per database and process (API threads, one ingest writer)
CONNECT_TIMEOUT = 10     # seconds
RETRIES = 5              # a write transaction that deadlocks with another writer is tried again
RESOLVE_LOCK = 0x6E677273  # advisory lock key: one corpus resolution at a time

_POOLS: dict[str, ConnectionPool] = {}
_POOLS_LOCK = threading.Lock()


class Row(tuple):
    """A result row readable by position and by column name, like sqlite3.Row."""

    def __new__(cls, values, index: dict[str, int]):
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def row_factory(cursor):
    index = {c.name: i for i, c in enumerate(cursor.description or ())}
    return lambda values: Row(values, index)


def shown(url: str) -> str:
    """The database URL without its password, for messages."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return "postgresql://(unreadable URL)"
    user = f"{info['user']}@" if info.get("user") else ""
    port = f":{info['port']}" if info.get("port") else ""
    return f"postgresql://{user}{info.get('host', '')}{port}/{info.get('dbname', '')}"


def pool(url: str) -> ConnectionPool:
    """The connection pool of a database in this process, opened on first use."""
    with _POOLS_LOCK:
        found = _POOLS.get(url)
        if found is not None:
            return found
        try:  # one direct connection first: its error says what is wrong (host, password, database)
            psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT).close()
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"{shown(url)}: cannot connect ({reason})") from exc
        created = ConnectionPool(url, min_size=1, max_size=POOL_SIZE, open=False, timeout=60,
                                 kwargs={"autocommit": True, "row_factory": row_factory,
                                         "connect_timeout": CONNECT_TIMEOUT})
        created.open(wait=True, timeout=CONNECT_TIMEOUT)
        _POOLS[url] = created
        return created


def close_pools() -> None:
    """Close every pool of this process (their connections end)."""
    with _POOLS_LOCK:
        for p in _POOLS.values():
            p.close()
        _POOLS.clear()


class PostgresStore(Store):
    """A newsgraph store in a PostgreSQL database; the write methods are Store's."""

    dialect = DIALECT

    def __init__(self, url: str, *, readonly: bool = False):
        self.path = url
        self._pool = pool(url)
        try:
            self.db = self._pool.getconn()
        except PoolTimeout as exc:
            raise StoreError(f"{shown(url)}: no free database connection ({exc})") from exc
        try:
            if readonly:
                version = pg_version(self.db)
                if version == 0:
                    raise StoreError(f"{shown(url)}: no newsgraph store in this database; run `newsgraph ingest` first")
                if version > latest("postgresql"):
                    raise StoreError(f"{shown(url)}: store schema version {version} is newer than this"
                                     f" newsgraph knows ({latest('postgresql')}); upgrade newsgraph")
            else:
                migrate_postgres(self.db, shown(url))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self.db is not None:
            self._pool.putconn(self.db)
            self.db = None

    @property
    def schema_version(self) -> int:
        return pg_version(self.db)

    def _run(self, statement: str, params=()):
        return self.db.execute(self.dialect.sql(statement), tuple(params))

    def _run_many(self, statement: str, rows) -> None:
        rows = list(rows)
        if rows:  # one pipelined round of inserts (psycopg executemany)
            with self.db.cursor() as cur:
                cur.executemany(self.dialect.sql(statement), rows)

    @contextmanager
    def _writing(self):
        with self.db.transaction():
            yield
            self._run("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE name = 'generation'")

    def _insert_document(self, row: tuple) -> bool:
        # ON CONFLICT: a concurrent ingest that stored the same document first wins, this one skips it
        statement = self.dialect.insert_new("documents", DOCUMENT_COLUMNS) + " RETURNING id"
        return self._run(statement, row).fetchone() is not None

    def write_many(self, rows):
        for attempt in range(RETRIES):
            try:
                return super().write_many(rows)
            except (pg_errors.DeadlockDetected, pg_errors.SerializationFailure):
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return []

    def replace_entities(self, entities, keys, aliases) -> None:
        with self._writing():  # one resolution at a time: the other waits, then replaces
            self._run(f"SELECT pg_advisory_xact_lock({RESOLVE_LOCK})")
            super().replace_entities(entities, keys, aliases)

    def integrity_ok(self) -> bool:
        return self._run("SELECT count(*) FROM documents").fetchone() is not None
