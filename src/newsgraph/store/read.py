"""The read model: every query the JSON API, the explorer, the exports and the Python API ask
of a store. Rows leave it as plain records (the contract's Event, entity and document dicts),
never as backend rows, and no SQL leaves it."""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator

from ..model import QUAD_CLASS
from ..records import event_json
from ..resolve.names import fold, name_key
from .columns import document_columns, document_values, event_keys, event_values
from .dialect import placeholders
from .filters import Filters, event_where

CHUNK = 500        # ids per IN (...) list
ALL_KEYS_ABOVE = 5000   # map that many keys by reading the whole key table instead
_EVENTS = "events e JOIN documents d ON d.id = e.document"
_EVENT_SELECT = f"SELECT e.*, d.outlet, d.published, d.title FROM {_EVENTS} WHERE "
_REPORTED = ("document", "outlet", "published", "title")


def _chunks(items: list, n: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _entity_dict(r, keys=None) -> dict:
    d = {"id": r["id"], "name": r["name"], "type": r["type"], "country": r["country"],
         "aliases": json.loads(r["aliases"]), "mentions": r["mentions"], "parent": r["parent"]}
    if keys is not None:
        d["keys"] = keys
    return d


class ReadModel:
    """Queries over one store connection (`db`, in the statements' `dialect`)."""

    def __init__(self, db, dialect, path: str):
        self.db, self.dialect, self.path = db, dialect, path

    def _run(self, statement: str, params: Iterable = ()):
        return self.db.execute(self.dialect.sql(statement), list(params))

    def state(self) -> tuple:
        """A stamp that changes whenever the store is written."""
        return self.dialect.state(self)

    def count(self, table: str) -> int:
        if table not in {"documents", "events", "entities", "mentions", "doc_entities", "inputs", "relations"}:
            raise ValueError(table)
        return self._run(f"SELECT count(*) FROM {table}").fetchone()[0]

    # --- entities and keys ---------------------------------------------------------------------

    def key_map(self) -> dict[str, str]:
        """Every resolution key -> its corpus entity id."""
        return {k: e for k, e in self._run("SELECT key, entity FROM entity_keys")}

    def keys_to_entities(self, keys: set[str]) -> dict[str, str]:
        if len(keys) > ALL_KEYS_ABOVE:
            return self.key_map()
        out = {}
        for chunk in _chunks(sorted(k for k in keys if k)):
            out.update(self._run(f"SELECT key, entity FROM entity_keys WHERE key IN ({placeholders(len(chunk))})",
                                 chunk).fetchall())
        return out

    def entity_brief(self, ids: set[str]) -> dict[str, dict]:
        """id -> {id, name, type, country} for the given entity ids."""
        out = {}
        for chunk in _chunks(sorted(i for i in ids if i)):
            for r in self._run(f"SELECT id, name, type, country FROM entities WHERE id IN"
                               f" ({placeholders(len(chunk))})", chunk):
                out[r["id"]] = dict(r)
        return out

    def has_entity(self, entity_id: str) -> bool:
        return self._run("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None

    def media_entities(self) -> dict[str, dict]:
        return {r["id"]: {**dict(r), "aliases": json.loads(r["aliases"])} for r in self._run(
            "SELECT id, name, type, country, aliases FROM entities WHERE type = 'MEDIA'")}

    def outlets_of_country(self, country: str) -> list[str]:
        """Outlet names (as documents spell them) whose media entity belongs to `country`."""
        norms = {r[0] for r in self._run(
            "SELECT a.norm FROM aliases a JOIN entities m ON m.id = a.entity"
            " WHERE m.type = 'MEDIA' AND m.country = ?", (country,))}
        norms |= {fold(r[0]) for r in self._run(
            "SELECT name FROM entities WHERE type = 'MEDIA' AND country = ?", (country,))}
        return [o for (o,) in self._run("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")
                if fold(o) in norms]

    def _keys_of(self, entity_id: str) -> list[tuple[str, str]]:
        return [(k["key"], k["reason"]) for k in self._run(
            "SELECT key, reason FROM entity_keys WHERE entity = ? ORDER BY key", (entity_id,))]

    def entity(self, entity_id: str) -> dict | None:
        """An entity with the resolution keys it gathers and why."""
        r = self._run("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if r is None else _entity_dict(r, self._keys_of(entity_id))

    def _entity_where(self, query: str | None, type_: str | None, country: str | None) -> tuple[str, list]:
        """Entities whose name or an alias contains `query`; spelling variants of transliterated
        names ("Sissi", "Sisi") match through the name key when the plain search finds nothing."""
        clauses, params = [], []
        if type_:
            clauses.append("e.type = ?")
            params.append(type_)
        if country:
            clauses.append("e.country = ?")
            params.append(country)
        if query and not fold(query):
            return self.dialect.false, []   # only punctuation ("%", "_"): nothing to look for, not everything
        if query:
            # words that start with the query: "sisi" finds "el-Sisi", not "Mississippi";
            # % and _ in the query are those characters, not wildcards
            like, literal = self.dialect.like, self.dialect.literal
            search = f"e.id IN (SELECT entity FROM aliases WHERE {like('norm')} OR {like('norm')})"
            values = [f"{literal(fold(query))}%", f"% {literal(fold(query))}%"]
            found = self._run(f"SELECT 1 FROM entities e WHERE {' AND '.join([search, *clauses])} LIMIT 1",
                              [*values, *params]).fetchone()
            if not found and name_key(query):
                search = f"e.id IN (SELECT entity FROM entity_keys WHERE {like('key')} OR {like('key')})"
                values = [f"%:{literal(name_key(query))}%", f"% {literal(name_key(query))}%"]
            clauses.insert(0, search)
            params[:0] = values
        return " AND ".join(clauses) or self.dialect.true, params

    def count_entities(self, query: str | None = None, type_: str | None = None,
                       country: str | None = None) -> int:
        cond, params = self._entity_where(query, type_, country)
        return self._run(f"SELECT count(*) FROM entities e WHERE {cond}", params).fetchone()[0]

    def find_entities(self, query: str | None, limit: int, offset: int, type_: str | None = None,
                      country: str | None = None) -> list[dict]:
        """Entities matching `query` by name or alias (all when None), most mentioned first."""
        cond, params = self._entity_where(query, type_, country)
        rows = self._run(f"SELECT e.* FROM entities e WHERE {cond} ORDER BY e.mentions DESC, e.name, e.id"
                         " LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return [_entity_dict(r, self._keys_of(r["id"])) for r in rows]

    def export_entities(self) -> list[dict]:
        """Every entity in the export's form, most mentioned first."""
        return [{"id": r["id"], "name": r["name"], "type": r["type"], "aliases": json.loads(r["aliases"]),
                 "country": r["country"], "mentions": r["mentions"], "parent": r["parent"],
                 "geo": json.loads(r["geo"]) if r["geo"] else None}
                for r in self._run("SELECT * FROM entities ORDER BY mentions DESC, name, id")]

    # --- claims ----------------------------------------------------------------------------------

    def where(self, f: Filters) -> tuple[str, list]:
        return event_where(self.dialect, f, self.outlets_of_country)

    def _claims(self, rows: list, keys: dict[str, str] | None = None) -> list[tuple[dict, dict]]:
        """(contract Event, the reporting document's id, outlet, date and title) per row."""
        if keys is None:
            wanted = {k for r in rows for k in event_keys(r)}
            wanted.discard(None)
            keys = self.keys_to_entities(wanted)
        return [(event_json(r["id"], r["document"], event_values(r, keys.get)), {k: r[k] for k in _REPORTED})
                for r in rows]

    def count_events(self, f: Filters = Filters()) -> int:
        sql, params = self.where(f)
        return self._run(f"SELECT count(*) FROM {_EVENTS} WHERE {sql}", params).fetchone()[0]

    def events_page(self, f: Filters, limit: int, offset: int) -> list[tuple[dict, dict]]:
        """One page of claims matching `f`, by date then document order."""
        sql, params = self.where(f)
        return self._claims(self._run(
            _EVENT_SELECT + sql + " ORDER BY COALESCE(e.date, d.published) NULLS FIRST, e.document, e.start, e.id"
            " LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall())

    def events_by_id(self, ids: list[str]) -> list[tuple[dict, dict]]:
        rows = []
        for chunk in _chunks(list(ids)):
            rows += self._run(_EVENT_SELECT + f"e.id IN ({placeholders(len(chunk))})", chunk).fetchall()
        return self._claims(rows)

    def events(self, f: Filters = Filters()) -> list[tuple[dict, dict]]:
        """Every claim matching `f`."""
        sql, params = self.where(f)
        return self._claims(self._run(_EVENT_SELECT + sql + " ORDER BY e.document, e.start, e.id", params).fetchall())

    def export_events(self) -> list[dict]:
        """Every claim in the contract's form, by document and position."""
        keys = self.key_map()
        return [event_json(r["id"], r["document"], event_values(r, keys.get))
                for r in self._run("SELECT * FROM events ORDER BY document, start, id")]

    def mention_spans(self, document: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of the resolved mentions inside a span of a document."""
        return [(r["start"], r["end"], r["entity"]) for r in self._run(
            "SELECT m.start, m.end, k.entity FROM mentions m JOIN entity_keys k ON k.key = m.key"
            " WHERE m.document = ? AND m.start >= ? AND m.end <= ? ORDER BY m.start", (document, start, end))]

    def counterpart_counts(self, entity_id: str, f: Filters) -> Counter:
        """Other actor -> number of claims between it and `entity_id`, either direction."""
        sql, params = self.where(f)
        # both directions in one round trip
        sides = [f"SELECT k.entity, count(*) AS n FROM {_EVENTS} JOIN entity_keys k ON k.key = e.{theirs}"
                 f" WHERE {self.dialect.of_entity('e.' + mine)} AND k.entity != ? AND {sql} GROUP BY k.entity"
                 for mine, theirs in (("subject_key", "object_key"), ("object_key", "subject_key"))]
        counts: Counter = Counter()
        for other, n in self._run(" UNION ALL ".join(sides), [entity_id, entity_id, *params] * 2):
            counts[other] += n
        return counts

    def monthly_counts(self, f: Filters) -> list[tuple[str | None, str, int, int]]:
        """(YYYY-MM or None, event type, claims, of which placed at their report's date) of the
        claims matching `f`: a claim the text does not date sits at its document's date (date_kind
        "reported"; stores ingested before date_kind: no date of its own)."""
        sql, params = self.where(f)
        return [tuple(r) for r in self._run(
            "SELECT substr(COALESCE(e.date, d.published), 1, 7) AS month, e.type, count(*),"
            " sum(CASE WHEN e.date_kind = 'reported' OR (e.date IS NULL AND d.published IS NOT NULL)"
            " THEN 1 ELSE 0 END)"
            f" FROM {_EVENTS} WHERE {sql} GROUP BY month, e.type", params)]

    # --- stored relations (store/relations.py) -------------------------------------------------

    def relations_current(self) -> bool:
        """Whether the store holds relations for its current corpus entities."""
        try:
            row = self._run("SELECT value FROM meta WHERE name = 'relations_stale'").fetchone()
            # reading one row fails where the table is missing, without counting them all
            return row is not None and row[0] == "0" and self._run("SELECT 1 FROM relations LIMIT 1") is not None
        except Exception:  # noqa: BLE001  a store from before the relations step
            self._recover()
            return False

    def _recover(self) -> None:
        rollback = getattr(self.db, "rollback", None)
        if rollback is not None and getattr(self.db, "autocommit", True) is False:
            rollback()

    def _relations_where(self, f: Filters, min_origins: int) -> tuple[str, list]:
        clauses, params = ["origins >= ?"], [min_origins]
        if f.actor:
            clauses.append("(subject = ? OR object = ?)")
            params += [f.actor, f.actor]
        if f.dyad:
            a, b = f.dyad
            clauses.append("((subject = ? AND object = ?) OR (subject = ? AND object = ?))")
            params += [a, b, b, a]
        if f.type:
            clauses.append("type = ?")
            params.append(f.type)
        if f.quad_class:
            types = [t for t, q in QUAD_CLASS.items() if q == f.quad_class]
            clauses.append(f"type IN ({placeholders(len(types))})" if types else self.dialect.false)
            params += types
        return " AND ".join(clauses), params

    def stored_relations(self, f: Filters, min_origins: int = 1, limit: int | None = None,
                         offset: int = 0) -> tuple[int, list[dict]]:
        """(total, page) of the stored relations picked by `f` (actor, dyad, type, quad class),
        in the aggregation's order."""
        cond, params = self._relations_where(f, min_origins)
        page = "" if limit is None else " LIMIT ? OFFSET ?"
        total = self._run(f"SELECT count(*) FROM relations WHERE {cond}", params).fetchone()[0]
        rows = self._run(f"SELECT record FROM relations WHERE {cond} ORDER BY rank{page}",
                         [*params, *([limit, offset] if limit is not None else [])])
        return total, [json.loads(r[0]) for r in rows]

    def located_events(self, f: Filters, limit: int, methods: tuple[str, ...] = ()) -> list[tuple[dict, dict]]:
        """The latest `limit` claims matching `f` whose place has coordinates (and was found by
        one of `methods`, when given)."""
        sql, params = self.where(f)
        if methods:
            sql = f"({sql}) AND e.location_method IN ({placeholders(len(methods))})"
            params = [*params, *methods]
        return self._claims(self._run(
            _EVENT_SELECT + f"({sql}) AND e.location_key IN (SELECT k.key FROM entity_keys k JOIN entities g"
            " ON g.id = k.entity WHERE g.geo IS NOT NULL)"
            " ORDER BY COALESCE(e.date, d.published) DESC NULLS LAST, e.id LIMIT ?", [*params, limit]).fetchall())

    def entity_geo(self, ids: set[str]) -> dict[str, dict]:
        """id -> the place's `geo` record, for the given entity ids that have one."""
        out = {}
        for chunk in _chunks(sorted(i for i in ids if i)):
            for r in self._run(f"SELECT id, geo FROM entities WHERE geo IS NOT NULL AND id IN"
                               f" ({placeholders(len(chunk))})", chunk):
                out[r["id"]] = json.loads(r["geo"])
        return out

    # --- documents -------------------------------------------------------------------------------

    def document_index(self) -> dict[str, dict]:
        """Every document's metadata (no text): what aggregation needs to find outlets and originals."""
        return {r["id"]: dict(r) for r in self._run(
            "SELECT id, title, outlet, published, duplicate_of, url FROM documents")}

    def find_documents(self, outlet: str | None, query: str | None, limit: int,
                       offset: int) -> tuple[int, list[dict]]:
        """(total, page) of documents by outlet and words of the title, newest first."""
        clauses, params = [self.dialect.true], []
        if outlet:
            clauses.append(self.dialect.equals_nocase("outlet"))
            params.append(outlet)
        if query:
            clauses.append(self.dialect.contains("title"))
            params.append(self.dialect.contains_pattern(query))
        cond = " AND ".join(clauses)
        total = self._run(f"SELECT count(*) FROM documents WHERE {cond}", params).fetchone()[0]
        rows = self._run(
            f"SELECT {', '.join(document_columns(with_text=False))},"
            " (SELECT count(*) FROM events v WHERE v.document = documents.id) AS events"
            f" FROM documents WHERE {cond} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
            [*params, limit, offset]).fetchall()
        return total, [{**document_values(r, with_text=False), "events": r["events"]} for r in rows]

    def document(self, doc_id: str) -> dict | None:
        """A document with its text and its mentions (with entity ids and names)."""
        r = self._run("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if r is None:
            return None
        mentions = [dict(m) for m in self._run(
            "SELECT m.start, m.end, m.text, m.label, k.entity, en.name, en.type FROM mentions m"
            " LEFT JOIN entity_keys k ON k.key = m.key LEFT JOIN entities en ON en.id = k.entity"
            " WHERE m.document = ? ORDER BY m.start", (doc_id,))]
        return {**document_values(r, with_text=True), "mentions": mentions}

    def export_documents(self, with_text: bool = False) -> list[dict]:
        """Every document in the export's form, in ingestion order."""
        return [document_values(row, with_text)
                for row in self._run(f"SELECT * FROM documents ORDER BY {self.dialect.insertion_order}")]

    def proposals(self) -> list[dict]:
        """Renamings and pledges the documents state, with the reporting document's source and
        date and the corpus entities of the names, in document order."""
        if self._run(self.dialect.has_table, ("proposals",)).fetchone() is None:
            return []        # a store not yet migrated (opened read-only) has none
        return [dict(r) for r in self._run(
            "SELECT p.kind, p.old_name, p.new_name, p.old_key, p.new_key, p.pledged_key, p.sentence,"
            " d.source, d.published, d.id AS document, ko.entity AS old_entity, kn.entity AS new_entity"
            " FROM proposals p JOIN documents d ON d.id = p.document"
            " LEFT JOIN entity_keys ko ON ko.key = p.old_key LEFT JOIN entity_keys kn ON kn.key = p.new_key"
            " ORDER BY d.ingested_at, d.id, p.start")]

    # --- evaluation ----------------------------------------------------------------------------

    def input_documents(self) -> list[tuple[str, str]]:
        """(input source, document id) for every input that gave a document."""
        return [tuple(r) for r in self._run("SELECT source, document FROM inputs WHERE document IS NOT NULL")]

    def event_documents(self, types: Iterable[str]) -> list[str]:
        """The document of every event of the given types (one entry per event)."""
        types = list(types)
        marks = ",".join("?" * len(types))
        return [r[0] for r in self._run(f"SELECT document FROM events WHERE type IN ({marks})", types)]

    def events_with_names(self) -> list[dict]:
        """Every event with its document's source and its sides' in-document names (for audits)."""
        return [dict(r) for r in self._run(
            "SELECT e.document, e.sentence, e.type, s.name AS subject, o.name AS object, e.trigger,"
            " e.certainty, e.negated, d.source FROM events e JOIN documents d ON d.id = e.document"
            " LEFT JOIN doc_entities s ON s.document = e.document AND s.key = e.subject_key"
            " LEFT JOIN doc_entities o ON o.document = e.document AND o.key = e.object_key")]
