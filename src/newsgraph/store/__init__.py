"""The SQLite store: one writer connection, WAL, one transaction per batch of documents."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from ..errors import StoreError
from ..model import Analysis, Document, stable_id

SCHEMA_VERSION = "1"
# Marks a newsgraph store in the SQLite header (PRAGMA application_id, "NGRF"), so that a
# database of another application is recognised and refused before anything is written to it.
APPLICATION_ID = 0x4E475246
USER_VERSION = 1
# How long a connection waits for another process's write lock before giving up, in seconds.
BUSY_TIMEOUT = 60.0


def schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


def event_id(document_id: str, index: int, ev) -> str:
    return stable_id("ev", document_id, ev.start, ev.trigger_start, ev.type, ev.subject, ev.object, index)


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
    """A newsgraph store in one SQLite file."""

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
            db.executescript(schema_sql())
            db.execute("INSERT OR IGNORE INTO meta(name, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
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

    # --- writing -----------------------------------------------------------------------------

    def seen_input(self, source: str, hash_: str) -> bool:
        """True when this input, with this content, was already ingested."""
        row = self.db.execute("SELECT hash FROM inputs WHERE source = ?", (source,)).fetchone()
        return row is not None and row[0] == hash_

    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def record_input(self, document: Document) -> None:
        """Note that an input was read, when its text is already stored under another source."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("INSERT OR REPLACE INTO inputs(source, hash, document) VALUES (?, ?, ?)",
                            (document.source, document.hash, document.id))

    def write(self, analysis: Analysis, minhash: bytes | None = None,
              duplicate_of: str | None = None) -> bool:
        """Store one document's analysis in a single transaction. False if it was already there."""
        return self.write_many([(analysis, minhash, duplicate_of)])[0]

    def write_many(self, rows: list[tuple]) -> list[bool]:
        """Store analyses (each with its MinHash signature, the document it is a near-copy
        of, and optionally the content hash of its input when that is not the text's, as for
        an HTML page) and their inputs in one transaction; per row, False if the document was already
        there. Corpus entities are marked stale in the same transaction."""
        with self.db:
            # The write lock first: another process may store the same documents meanwhile, and
            # "is it there?" must hold until this transaction commits.
            self.db.execute("BEGIN IMMEDIATE")
            written = [self._insert(*row) for row in rows]
            if any(written):
                self.db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES ('entities_stale', '1')")
        return written

    def _insert(self, analysis: Analysis, minhash: bytes | None, duplicate_of: str | None,
                input_hash: str | None = None) -> bool:
        doc = analysis.document
        # hashed once: Document.id hashes the whole text, and a long article has thousands of rows
        doc_id, text_hash = doc.id, doc.hash
        input_row = (doc.source, input_hash or text_hash, doc_id)
        if self.has_document(doc_id):
            self.db.execute("INSERT OR REPLACE INTO inputs(source, hash, document) VALUES (?, ?, ?)", input_row)
            return False
        self.db.execute(
            "INSERT INTO documents(id, source, title, outlet, authors, published, url, text, hash,"
            " duplicate_of, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, doc.source, doc.title, doc.outlet, json.dumps(list(doc.authors)), doc.published,
             doc.url, doc.text, text_hash, duplicate_of or doc.duplicate_of, minhash))
        self.db.execute("INSERT OR REPLACE INTO inputs(source, hash, document) VALUES (?, ?, ?)", input_row)
        self.db.executemany(
            "INSERT INTO doc_entities(document, key, name, type, country, parent, reason, aliases)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [(doc_id, e.key, e.name, e.type, e.country, e.parent, e.reason, json.dumps(sorted(e.aliases)))
             for e in analysis.entities.values()])
        self.db.executemany(
            "INSERT INTO mentions(document, key, start, end, text, label, reason) VALUES (?,?,?,?,?,?,?)",
            [(doc_id, m.entity, m.start, m.end, m.text, m.label, m.reason) for m in analysis.mentions])
        rows = []
        for i, ev in enumerate(analysis.events):
            src = ev.source
            rows.append((
                event_id(doc_id, i, ev), doc_id, ev.type, ev.subject, ev.object, int(ev.negated),
                ev.certainty, src.entity if src else None, src.text if src else None,
                json.dumps([{"entity": r.entity, "text": r.text} for r in src.chain]) if src else None,
                ev.location, ev.date, json.dumps(ev.quantities), ev.sentence, ev.start, ev.end,
                ev.trigger, ev.trigger_start, ev.trigger_end, ev.subject_text, ev.object_text))
        self.db.executemany(
            "INSERT OR IGNORE INTO events(id, document, type, subject_key, object_key, negated, certainty,"
            " source_key, source_text, source_chain, location_key, date, quantities, sentence, start, end,"
            " trigger, trigger_start, trigger_end, subject_text, object_text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        return True

    def entities_stale(self, settings: str = "") -> bool:
        """True when documents changed since corpus entities were last resolved, or when they
        were resolved with other `settings` (e.g. other gazetteer files)."""
        rows = dict(self.db.execute("SELECT name, value FROM meta WHERE name IN"
                                    " ('entities_stale', 'entities_settings')").fetchall())
        return rows.get("entities_stale") != "0" or rows.get("entities_settings", "") != settings

    def entity_ids(self) -> dict[str, str]:
        """Resolution key -> corpus entity id, as resolved now."""
        return dict(self.db.execute("SELECT key, entity FROM entity_keys").fetchall())

    def keep_merged_ids(self, before: dict[str, str]) -> None:
        """After corpus resolution: every entity id of `before` (see entity_ids) that no longer
        exists redirects to the entity that now holds its keys."""
        after = self.entity_ids()
        moved = {old: after[key] for key, old in sorted(before.items())
                 if key in after and after[key] != old}
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            live = {r[0] for r in self.db.execute("SELECT id FROM entities")}
            moved = {old: new for old, new in moved.items() if old not in live}
            for old, new in moved.items():
                self.db.execute("UPDATE entity_redirects SET new = ? WHERE new = ?", (new, old))
                self.db.execute("INSERT OR REPLACE INTO entity_redirects(old, new) VALUES (?, ?)", (old, new))
            self.db.execute("DELETE FROM entity_redirects WHERE old IN (SELECT id FROM entities)")

    def entity_redirect(self, entity_id: str) -> str | None:
        """The entity an old, merged entity id now belongs to, if any."""
        row = self.db.execute("SELECT new FROM entity_redirects WHERE old = ?", (entity_id,)).fetchone()
        return row[0] if row else None

    def mark_entities_resolved(self, settings: str = "") -> None:
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("INSERT OR REPLACE INTO meta(name, value) VALUES (?, ?)",
                                [("entities_stale", "0"), ("entities_settings", settings)])

    def originals(self) -> Iterator[tuple[str, bytes]]:
        """(id, MinHash signature) of every document that is not a near-copy, oldest first."""
        yield from self.db.execute("SELECT id, minhash FROM documents WHERE duplicate_of IS NULL"
                                   " AND minhash IS NOT NULL ORDER BY rowid")

    # --- reading -----------------------------------------------------------------------------

    def documents(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute("SELECT * FROM documents ORDER BY ingested_at, id")

    def count(self, table: str) -> int:
        if table not in {"documents", "events", "entities", "mentions", "doc_entities", "inputs"}:
            raise ValueError(table)
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def integrity_ok(self) -> bool:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def executemany(self, sql: str, rows: Iterable[tuple]) -> None:
        self.db.executemany(sql, rows)
