"""The SQLite store: `Store`, its write side (one writer connection, WAL, one transaction per
batch of documents under the write lock) written once for every backend over `_run`,
`_run_many`, `_writing` and `dialect` (store/postgres.py overrides them)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

from ..errors import StoreError
from ..model import Analysis, Document
from .columns import DOCUMENT_COLUMNS, EVENT_COLUMNS, document_row, event_row
from .dialect import SQLiteDialect
from .migrations import current_version, latest, migrate_sqlite
from .read import ReadModel
from .relations import relation_rows

SCHEMA_VERSION = str(latest("sqlite"))
DIALECT = SQLiteDialect()
_INPUT = ("source", "hash", "document")
_DOC_ENTITY = ("document", "key", "name", "type", "country", "parent", "reason", "aliases", "geo")
_MENTION = ("document", "key", "start", "end", "text", "label", "reason")
_ENTITY = ("id", "name", "type", "country", "aliases", "mentions", "parent", "geo")
_PROPOSAL = ("document", "kind", "old_name", "new_name", "old_key", "new_key", "pledged_key", "sentence", "start", "end")
# Marks a newsgraph store in the SQLite header (PRAGMA application_id, "NGRF"), so that a
# database of another application is recognised and refused before anything is written to it.
APPLICATION_ID = 0x4E475246
USER_VERSION = 1
# How long a connection waits for another process's write lock before giving up, in seconds: long,
# because on a loaded machine another ingest's closing aggregation can hold the lock for minutes, and
# giving up loses a batch a little patience would have stored (a concurrent-ingest test saw it at 60 s).
BUSY_TIMEOUT = 600.0


def _kind(db: sqlite3.Connection) -> str:
    """'newsgraph', 'empty' or 'foreign': what the database behind `db` is, read without writing.
    A store written before stores were marked (no mark, but newsgraph's meta row) counts as one."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return "newsgraph"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == 0 and not tables:
        return "empty"
    if app_id == 0 and {"meta", "documents", "inputs"} <= tables:
        row = db.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        if row is not None:
            return "newsgraph"
    return "foreign"


class Store:
    """A newsgraph store in one SQLite file. The write methods are written once for every
    backend, over `_run`, `_run_many`, `_writing` and `dialect` (store/postgres.py)."""

    dialect = DIALECT

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        self.db = self._open_readonly() if readonly else self._open_writable()
        self.db.row_factory = sqlite3.Row

    def _refuse(self, kind: str) -> None:
        if kind == "foreign":
            raise StoreError(f"{self.path}: not a newsgraph store (another application's SQLite database);"
                             " left untouched, give another --db")

    def _open_readonly(self) -> sqlite3.Connection:
        if not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; run `newsgraph ingest` first")
        where = Path(self.path).resolve().as_uri()
        db = None
        # A store on a read-only mount cannot get the WAL index file a plain read-only open
        # needs: read it as immutable then (nobody can be writing to it).
        for mode in ("mode=ro", "immutable=1"):
            try:
                db = sqlite3.connect(f"{where}?{mode}", uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT)
                kind = _kind(db)
                break
            except sqlite3.OperationalError as exc:
                if db is not None:
                    db.close()
                db, problem = None, exc
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: not a newsgraph store ({exc})") from None
        if db is None:
            raise StoreError(f"{self.path}: cannot open store ({problem})")
        if kind == "empty":
            db.close()
            raise StoreError(f"{self.path}: empty store; run `newsgraph ingest` first")
        self._refuse(kind)
        return db

    def _open_writable(self) -> sqlite3.Connection:
        try:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, check_same_thread=False, timeout=BUSY_TIMEOUT,
                                 isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open store ({exc})") from exc
        try:
            self._refuse(_kind(db))   # before anything that writes (journal mode included)
            db.execute("BEGIN IMMEDIATE")  # concurrent first opens: one creates, the other waits
            kind = _kind(db)
            if kind == "empty":
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {USER_VERSION}")
            db.execute("COMMIT")
            self._refuse(kind)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
            migrate_sqlite(db, self.path)
            if kind == "newsgraph" and db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")   # a store from before the mark
                db.execute(f"PRAGMA user_version = {USER_VERSION}")
        except StoreError:
            db.close()
            raise
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError(f"{self.path}: not a newsgraph store ({exc})") from None
        db.isolation_level = ""   # back to transactions opened by the first write
        return db

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The last migration step applied to this store."""
        return current_version(self.db)

    @cached_property
    def read(self) -> ReadModel:
        """The read model over this store's connection."""
        return ReadModel(self.db, self.dialect, self.path)

    @contextmanager
    def _writing(self):
        """One write transaction, holding the write lock from its start: another process may
        store the same documents meanwhile, and "is it there?" must hold until it commits."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            yield

    def _run(self, statement: str, params=()):
        return self.db.execute(self.dialect.sql(statement), params)

    def _run_many(self, statement: str, rows) -> None:
        self.db.executemany(self.dialect.sql(statement), rows)

    # --- writing -----------------------------------------------------------------------------

    def seen_input(self, source: str, hash_: str) -> bool:
        """True when this input, with this content, was already ingested."""
        row = self._run("SELECT hash FROM inputs WHERE source = ?", (source,)).fetchone()
        return row is not None and row[0] == hash_

    def has_document(self, doc_id: str) -> bool:
        return self._run("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def record_input(self, document: Document) -> None:
        """Note that an input was read, when its text is already stored under another source."""
        with self._writing():
            self._run(self.dialect.upsert("inputs", _INPUT), (document.source, document.hash, document.id))

    def write(self, analysis: Analysis, minhash: bytes | None = None,
              duplicate_of: str | None = None) -> bool:
        """Store one document's analysis in a single transaction. False if it was already there."""
        return self.write_many([(analysis, minhash, duplicate_of)])[0]

    def write_many(self, rows: list[tuple]) -> list[bool]:
        """Store analyses (each with its MinHash signature, the document it is a near-copy of,
        and optionally the content hash of its input when that is not the text's, as for an HTML
        page) and their inputs in one transaction; per row, False if the document was already
        there. Corpus entities and relations are marked stale in the same transaction."""
        with self._writing():
            written, new = [], []
            for analysis, minhash, duplicate_of, *input_hash in rows:
                doc = analysis.document
                # hashed once: Document.id hashes the whole text, and a long article has thousands of rows
                document_id = doc.id
                stored = self._insert_document(document_row(doc, minhash, duplicate_of))
                self._run(self.dialect.upsert("inputs", _INPUT),
                          (doc.source, (input_hash and input_hash[0]) or doc.hash, document_id))
                written.append(stored)
                if stored:
                    new.append((document_id, analysis))
            if new:  # the findings of the new documents, one batched insert per table
                self._insert_findings(new)
                self._run_many(self.dialect.upsert("meta", ("name", "value")),
                               [("entities_stale", "1"), ("relations_stale", "1")])
        return written

    def _insert_findings(self, new: list[tuple[str, Analysis]]) -> None:
        self._run_many(self.dialect.insert("doc_entities", _DOC_ENTITY),
                       [(doc_id, e.key, e.name, e.type, e.country, e.parent, e.reason, json.dumps(sorted(e.aliases)),
                         _json_or_null(e.geo))
                        for doc_id, analysis in new for e in analysis.entities.values()])
        self._run_many(self.dialect.insert("mentions", _MENTION),
                       [(doc_id, m.entity, m.start, m.end, m.text, m.label, m.reason)
                        for doc_id, analysis in new for m in analysis.mentions])
        self._run_many(self.dialect.insert_new("events", EVENT_COLUMNS),
                       [event_row(doc_id, i, ev) for doc_id, analysis in new for i, ev in enumerate(analysis.events)])
        self._run_many(self.dialect.insert("proposals", _PROPOSAL),
                       [(doc_id, p.kind, p.old_name, p.new_name, p.old_entity, p.new_entity, p.pledged_to,
                         p.sentence, p.start, p.end) for doc_id, analysis in new for p in analysis.proposals])

    def _insert_document(self, row: tuple) -> bool:
        """Insert a document row; False when a document with its id is already stored."""
        if self.has_document(row[0]):
            return False
        self._run(self.dialect.insert("documents", DOCUMENT_COLUMNS), row)
        return True

    def entities_stale(self, settings: str = "") -> bool:
        """True when documents changed since corpus entities were last resolved, or when they
        were resolved with other `settings` (e.g. other gazetteer files)."""
        rows = dict(self._run("SELECT name, value FROM meta WHERE name IN"
                              " ('entities_stale', 'entities_settings')").fetchall())
        return rows.get("entities_stale") != "0" or rows.get("entities_settings", "") != settings

    def entity_ids(self) -> dict[str, str]:
        """Resolution key -> corpus entity id, as resolved now."""
        return self.read.key_map()

    def keep_merged_ids(self, before: dict[str, str]) -> None:
        """After corpus resolution: every entity id of `before` (see entity_ids) that no longer
        exists redirects to the entity that now holds its keys."""
        after = self.entity_ids()
        moved = {old: after[key] for key, old in sorted(before.items()) if key in after and after[key] != old}
        with self._writing():
            live = {r[0] for r in self._run("SELECT id FROM entities")}
            for old, new in moved.items():
                if old in live:
                    continue
                self._run("UPDATE entity_redirects SET new = ? WHERE new = ?", (new, old))
                self._run(self.dialect.upsert("entity_redirects", ("old", "new")), (old, new))
            self._run("DELETE FROM entity_redirects WHERE old IN (SELECT id FROM entities)")

    def entity_redirect(self, entity_id: str) -> str | None:
        """The entity an old, merged entity id now belongs to, if any."""
        row = self._run("SELECT new FROM entity_redirects WHERE old = ?", (entity_id,)).fetchone()
        return row[0] if row else None

    def mark_entities_resolved(self, settings: str = "") -> None:
        with self._writing():
            self._run_many(self.dialect.upsert("meta", ("name", "value")),
                           [("entities_stale", "0"), ("entities_settings", settings)])

    def originals(self) -> Iterator[tuple[str, bytes]]:
        """(id, MinHash signature) of every document that is not a near-copy, oldest first."""
        yield from self._run("SELECT id, minhash FROM documents WHERE duplicate_of IS NULL"
                             f" AND minhash IS NOT NULL ORDER BY {self.dialect.insertion_order}")

    # --- corpus entities (resolve/corpus.py) ---------------------------------------------------

    def document_entities(self) -> Iterator[dict]:
        """Every document's entities (document, key, name, type, country, parent, reason, aliases),
        by key then document."""
        for row in self._run("SELECT document, key, name, type, country, parent, reason, aliases, geo"
                             " FROM doc_entities"
                             " ORDER BY key, document"):
            yield {**dict(row), "aliases": json.loads(row["aliases"]), "geo": json.loads(row["geo"] or "null")}

    def mention_counts(self) -> dict[str, int]:
        """Resolution key -> number of mentions in all documents."""
        return dict(self._run("SELECT key, count(*) FROM mentions GROUP BY key").fetchall())

    def replace_entities(self, entities: list[tuple], keys: list[tuple[str, str, str]],
                         aliases: list[tuple[str, str, str]]) -> None:
        """Replace the corpus entities in one transaction: rows of (id, name, type, country,
        aliases, mentions, parent, geo), (key, entity, reason) and (entity, alias, folded alias)."""
        with self._writing():
            for table in ("aliases", "entity_keys", "entities"):
                self._run(f"DELETE FROM {table}")
            self._run_many(self.dialect.insert("entities", _ENTITY),
                           [(*e[:4], json.dumps(sorted(e[4])), *e[5:7], _json_or_null(e[7])) for e in entities])
            self._run_many(self.dialect.insert("entity_keys", ("key", "entity", "reason")), keys)
            self._run_many(self.dialect.insert_new("aliases", ("entity", "alias", "norm")), aliases)
            self._replace_relations()

    def _replace_relations(self) -> None:
        """Store the relations of every claim under the corpus entities just written (inside
        their transaction), so that reads never aggregate the whole corpus."""
        self._run("DELETE FROM relations")
        self._run_many(self.dialect.insert("relations", ("rank", "subject", "type", "object", "origins", "record")),
                       relation_rows(self.read))
        self._run(self.dialect.upsert("meta", ("name", "value")), ("relations_stale", "0"))

    # --- maintenance ---------------------------------------------------------------------------

    def documents(self) -> Iterator[sqlite3.Row]:
        """Every stored document row, in ingestion order."""
        yield from self._run(f"SELECT * FROM documents ORDER BY {self.dialect.insertion_order}")

    def count(self, table: str) -> int:
        return self.read.count(table)

    def integrity_ok(self) -> bool:
        return self._run("PRAGMA integrity_check").fetchone()[0] == "ok"


def _json_or_null(value) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True)
