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


def schema_sql() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


def event_id(document_id: str, index: int, ev) -> str:
    return stable_id("ev", document_id, ev.start, ev.trigger_start, ev.type, ev.subject, ev.object, index)


class Store:
    """A newsgraph store in one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        if readonly:
            if not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such store; run `newsgraph ingest` first")
            uri = f"file:{Path(self.path).resolve()}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        else:
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, check_same_thread=False)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            except (sqlite3.Error, OSError) as exc:
                raise StoreError(f"{self.path}: cannot open store ({exc})") from exc
        self.db.row_factory = sqlite3.Row
        try:
            if not readonly:
                self.db.executescript(schema_sql())
                self.db.execute("INSERT OR IGNORE INTO meta(name, value) VALUES ('schema_version', ?)",
                                (SCHEMA_VERSION,))
                self.db.commit()
            else:
                self.db.execute("SELECT 1 FROM documents LIMIT 1")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a newsgraph store ({exc})") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
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
            self.db.execute("INSERT OR REPLACE INTO inputs(source, hash, document) VALUES (?, ?, ?)",
                            (document.source, document.hash, document.id))

    def write(self, analysis: Analysis, minhash: bytes | None = None,
              duplicate_of: str | None = None) -> bool:
        """Store one document's analysis in a single transaction. False if it was already there."""
        return self.write_many([(analysis, minhash, duplicate_of)])[0]

    def write_many(self, rows: list[tuple[Analysis, bytes | None, str | None]]) -> list[bool]:
        """Store analyses (each with its MinHash signature and the document it is a near-copy
        of) and their inputs in one transaction; per row, False if the document was already
        there. Corpus entities are marked stale in the same transaction."""
        with self.db:
            written = [self._insert(a, sig, dup) for a, sig, dup in rows]
            if any(written):
                self.db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES ('entities_stale', '1')")
        return written

    def _insert(self, analysis: Analysis, minhash: bytes | None, duplicate_of: str | None) -> bool:
        doc = analysis.document
        if self.has_document(doc.id):
            self.db.execute("INSERT OR REPLACE INTO inputs(source, hash, document) VALUES (?, ?, ?)",
                            (doc.source, doc.hash, doc.id))
            return False
        self.db.execute(
            "INSERT INTO documents(id, source, title, outlet, authors, published, url, text, hash,"
            " duplicate_of, minhash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.source, doc.title, doc.outlet, json.dumps(list(doc.authors)), doc.published,
             doc.url, doc.text, doc.hash, duplicate_of or doc.duplicate_of, minhash))
        self.db.execute("INSERT OR REPLACE INTO inputs(source, hash, document) VALUES (?, ?, ?)",
                        (doc.source, doc.hash, doc.id))
        self.db.executemany(
            "INSERT INTO doc_entities(document, key, name, type, country, parent, reason, aliases)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [(doc.id, e.key, e.name, e.type, e.country, e.parent, e.reason, json.dumps(sorted(e.aliases)))
             for e in analysis.entities.values()])
        self.db.executemany(
            "INSERT INTO mentions(document, key, start, end, text, label, reason) VALUES (?,?,?,?,?,?,?)",
            [(doc.id, m.entity, m.start, m.end, m.text, m.label, m.reason) for m in analysis.mentions])
        rows = []
        for i, ev in enumerate(analysis.events):
            src = ev.source
            rows.append((
                event_id(doc.id, i, ev), doc.id, ev.type, ev.subject, ev.object, int(ev.negated),
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

    def mark_entities_resolved(self, settings: str = "") -> None:
        with self.db:
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
