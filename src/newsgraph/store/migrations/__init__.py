"""Versioned schema migrations, one folder per SQL dialect: migrations/<dialect>/NNNN_name.sql.

A store records the last step applied as meta 'schema_version'; opening a store for writing
applies the later steps in order, each in one transaction with its version. Steps are never
edited once released: a new field or table is a new step (e.g. `0003_event_confidence.sql`
with `ALTER TABLE events ADD COLUMN confidence REAL;`) in every dialect's folder."""
from __future__ import annotations

import re
import sqlite3
from importlib import resources

from ...errors import StoreError

_STEP = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def steps(dialect: str) -> list[tuple[int, str]]:
    """(version, SQL) of every migration step of a dialect, in order."""
    folder = resources.files(__package__).joinpath(dialect)
    found = []
    for entry in folder.iterdir():
        m = _STEP.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest(dialect: str) -> int:
    return steps(dialect)[-1][0]


def current_version(db) -> int:
    """The schema version of an SQLite store (0 when it has no schema yet)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is None:
        return 0
    row = db.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def statements(script: str) -> list[str]:
    """The statements of an SQL script, one by one (so that they run inside one transaction)."""
    out, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    if pending.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in pending.splitlines()):
        out.append(pending.strip())
    return out


def apply_steps(dialect: str, version: int, where: str, execute, record) -> int:
    """Apply the dialect's steps after `version`, each statement through `execute`, each step's
    number through `record`; the new version. A store newer than the code is refused."""
    newest = latest(dialect)
    if version > newest:
        raise StoreError(f"{where}: store schema version {version} is newer than this newsgraph knows"
                         f" ({newest}); upgrade newsgraph")
    for number, script in steps(dialect):
        if number > version:
            for statement in statements(script):
                execute(statement)
            record(number)
            version = number
    return version


def migrate_sqlite(db, where: str) -> int:
    """Bring an SQLite store up to the latest schema; returns its version. The version is read
    again under the write lock, so two processes opening a new store apply each step once."""
    newest = latest("sqlite")
    version = current_version(db)
    if version == newest:
        return version
    db.execute("BEGIN IMMEDIATE")
    try:
        version = apply_steps("sqlite", current_version(db), where, db.execute, lambda number: db.execute(
            "INSERT OR REPLACE INTO meta(name, value) VALUES ('schema_version', ?)", (str(number),)))
        db.commit()
    except BaseException:
        db.rollback()
        raise
    return version


# Key of the advisory lock under which PostgreSQL migrations run (any constant bigint).
MIGRATION_LOCK = 0x6E657773  # "news"


def pg_version(conn) -> int:
    """The schema version of a PostgreSQL store (0 when it has no schema yet)."""
    if conn.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate_postgres(conn, where: str) -> int:
    """Bring a PostgreSQL store up to the latest schema, under a transaction-level advisory lock
    so that several processes opening one database at once apply each step once."""
    newest = latest("postgresql")
    if pg_version(conn) == newest:
        return newest
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        version = apply_steps(
            "postgresql", pg_version(conn), where,
            lambda statement: conn.execute(statement.replace("%", "%%"), ()),
            lambda number: conn.execute("INSERT INTO meta(name, value) VALUES ('schema_version', %s)"
                                        " ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value", (str(number),)))
    return version
