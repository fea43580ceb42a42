"""The store through its public interface: migrations, the write side, the read model, and the
boundary (no SQL and no sqlite3 outside store/)."""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import fields
from pathlib import Path

import pytest

from hand_store import ALPHA, BETA, EGYSRC, build_hand_store
from newsgraph import query as q
from newsgraph.errors import StoreError
from newsgraph.model import Analysis, Document, Entity, Event, Mention, Source, SourceRef
from newsgraph.records import event_json
from newsgraph.resolve.corpus import resolve_corpus
from newsgraph.resolve.gazetteer import load_gazetteer
from newsgraph.store import Filters, Store, migrations
from newsgraph.store.columns import DOCUMENT_COLUMNS, EVENT_COLUMNS

SRC = Path(__file__).resolve().parents[1] / "src" / "newsgraph"


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory):
    return build_hand_store(tmp_path_factory.mktemp("store") / "hand.db")


def table_columns(path, table: str) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


# --- migrations -------------------------------------------------------------------------------

def test_new_store_is_at_the_latest_step_and_has_the_declared_columns(tmp_path):
    with Store(tmp_path / "new.db") as store:
        assert store.schema_version == migrations.latest("sqlite") >= 1
    # a field added to model.Event or model.Document without a migration adding its column fails here
    assert set(table_columns(tmp_path / "new.db", "events")) == set(EVENT_COLUMNS)
    assert set(table_columns(tmp_path / "new.db", "documents")) == {*DOCUMENT_COLUMNS, "ingested_at"}


def test_later_steps_are_applied_once_in_order(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    Store(path).close()
    real = migrations.steps("sqlite")
    extra = [(len(real) + 1, "ALTER TABLE events ADD COLUMN reviewed INTEGER;"),
             (len(real) + 2, "-- a comment\nCREATE TABLE notes (id TEXT PRIMARY KEY);\n"
                             "CREATE INDEX notes_id ON notes(id);")]
    monkeypatch.setattr(migrations, "steps", lambda dialect: real + extra)
    with Store(path) as store:
        assert store.schema_version == len(real) + 2
    with Store(path) as store:       # a second open applies nothing again (ALTER would fail)
        assert store.schema_version == len(real) + 2
    assert "reviewed" in table_columns(path, "events") and table_columns(path, "notes") == ["id"]


def test_failed_step_leaves_the_store_at_its_version(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    Store(path).close()
    real = migrations.steps("sqlite")
    broken = [(len(real) + 1, "CREATE TABLE half (id TEXT);\nALTER TABLE nowhere ADD COLUMN x;")]
    monkeypatch.setattr(migrations, "steps", lambda dialect: real + broken)
    with pytest.raises(StoreError):
        Store(path)
    monkeypatch.undo()
    with Store(path) as store:
        assert store.schema_version == len(real)
    assert table_columns(path, "half") == []


def test_store_of_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '999' WHERE name = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match=r"future\.db.*999"):
        Store(path)


# --- write side and read model -------------------------------------------------------------------

def _analysis() -> Analysis:
    text = "Egyptian sources said Alpha Front attacked Beta Brigade in Rafah, killing 3."
    doc = Document(source="t:1", text=text, outlet="Ahram Online", published="2018-03-01")
    ents = {k: Entity(k, n, t) for k, n, t in ((ALPHA, "Alpha Front", "ARMED_GROUP"),
                                                 (BETA, "Beta Brigade", "ARMED_GROUP"),
                                                 (EGYSRC, "Egyptian sources", "ANONYMOUS_SOURCE"),
                                                 ("gaz:PSE-RAF", "Rafah", "LOCATION"))}
    mentions = [Mention(text.find(e.name), text.find(e.name) + len(e.name), e.name, e.key) for e in ents.values()]
    event = Event(type="ASSAULT", subject=ALPHA, object=BETA, sentence=text, start=0, end=len(text),
                  trigger="attacked", trigger_start=text.find("attacked"), trigger_end=text.find("attacked") + 8,
                  certainty="reported", source=Source(EGYSRC, "Egyptian sources", (SourceRef(None, "a relay"),)),
                  location="gaz:PSE-RAF", date="2018-02", quantities={"killed": 3},
                  subject_text="Alpha Front", object_text="Beta Brigade")
    return Analysis(doc, ents, mentions, [event])


def test_written_event_reads_back_in_the_contract_form(tmp_path):
    analysis = _analysis()
    with Store(tmp_path / "w.db") as store:
        assert store.write_many([(analysis, None, None)]) == [True]
        assert store.write(analysis) is False            # the same text again: not stored twice
        assert store.entities_stale()
        resolve_corpus(store, load_gazetteer())
        store.mark_entities_resolved()
        assert not store.entities_stale()
        keys = store.read.key_map()
        (event,) = store.read.export_events()
        (doc,) = store.read.export_documents()
        (with_text,) = store.read.export_documents(with_text=True)
    ev = analysis.events[0]
    assert doc == {"id": analysis.document.id, "source": "t:1", "title": None, "outlet": "Ahram Online",
                   "authors": [], "published": "2018-03-01", "duplicate_of": None, "url": None}
    assert with_text == {**doc, "text": analysis.document.text}
    assert event["id"].startswith("ev_") and doc["id"] == analysis.document.id
    assert (event["subject"], event["object"], event["location"]) == (keys[ALPHA], keys[BETA], keys["gaz:PSE-RAF"])
    assert event["source"] == {"entity": keys[EGYSRC], "text": "Egyptian sources",
                               "chain": [{"entity": None, "text": "a relay"}]}
    assert event["evidence"] == [{"document": doc["id"], "sentence": ev.sentence, "start": 0, "end": ev.end,
                                  "passage": "text"}]
    assert event["trigger_span"] == [ev.trigger_start, ev.trigger_end]
    assert (event["negated"], event["certainty"], event["date"], event["quantities"]) == \
        (False, "reported", "2018-02", {"killed": 3})
    # every declared field is exported, under its name or in its group
    exported = set(event) | set(event["evidence"][0]) | {"trigger_start", "trigger_end"}
    assert {f.name for f in fields(Event)} <= exported


def test_event_json_follows_the_declared_order():
    values = {f.name: f.name for f in fields(Event)}
    record = event_json("ev_1", "doc_1", values)
    assert list(record) == ["id", "type", "subject", "object", "negated", "certainty", "source", "location",
                            "date", "quantities", "evidence", "trigger", "trigger_span", "subject_text",
                            "object_text", "date_kind",
                            "location_method", "confidence"]
    assert record["evidence"] == [{"document": "doc_1", "sentence": "sentence", "start": "start", "end": "end",
                                   "passage": "passage"}]


def test_read_model_entities_documents_and_spans(hand_db):
    with Store(hand_db, readonly=True) as store:
        read = store.read
        alpha = read.find_entities("alpha", 5, 0)[0]
        assert alpha["name"] == "Alpha Front" and (ALPHA, "normalised name 'alpha front' (5 document(s))") \
            in alpha["keys"]
        assert read.entity(alpha["id"])["name"] == "Alpha Front" and read.entity("ent_nope") is None
        assert read.has_entity(alpha["id"]) and not read.has_entity("ent_nope")
        assert read.count_entities(type_="ANONYMOUS_SOURCE") == 1
        total, docs = read.find_documents("ahram online", None, 10, 0)     # outlet: any case
        assert total == 2 and {d["outlet"] for d in docs} == {"Ahram Online"}
        assert read.find_documents(None, "Beta", 10, 0)[0] == 0            # q searches titles (none here)
        doc = read.document(docs[0]["id"])
        spans = read.mention_spans(doc["id"], 0, len(doc["text"]))
        assert {doc["text"][a:b] for a, b, _ in spans} >= {"Alpha Front", "Beta Brigade"}
        beta = read.find_entities("beta", 1, 0)[0]["id"]
        assert read.counterpart_counts(alpha["id"], Filters())[beta] == 4
        months = {(m, t): n for m, t, n, _ in read.monthly_counts(Filters(actor=alpha["id"]))}
        assert months[("2018-02", "COOPERATE")] == 2 and months[("2018-02", "COERCE")] == 1


def test_source_words_are_matched_literally(hand_db):
    with Store(hand_db, readonly=True) as store:
        assert q.count_events(store, Filters(source="egyptian")) == 2
        assert q.count_events(store, Filters(source="%")) == 0
        assert q.count_events(store, Filters(source="Egyptian_sources")) == 0


# --- the boundary --------------------------------------------------------------------------------

SQL = re.compile(r"\b(SELECT\s+\S.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|"
                 r"CREATE\s+(TABLE|INDEX)|PRAGMA\s+\w+)\b", re.IGNORECASE)


def test_no_sql_and_no_sqlite3_outside_the_store():
    offenders = []
    for path in SRC.rglob("*.py"):
        if SRC / "store" in path.parents:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(import sqlite3|from sqlite3)", text, re.MULTILINE) or SQL.search(text):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


# --- adding a field ----------------------------------------------------------------------------

NEW_FIELD = '''
import csv, io, json, sys
from dataclasses import dataclass, field
sys.path.insert(0, {tests!r})
import newsgraph.model as model

@dataclass(frozen=True, slots=True, kw_only=True)
class Event(model.Event):
    salience: float | None = 0.75          # the one-place change ...

model.Event = Event
from newsgraph.store import Store, migrations
steps = migrations.steps("sqlite")            # ... plus its migration
migrations.steps = lambda dialect: steps + [(steps[-1][0] + 1, "ALTER TABLE events ADD COLUMN salience REAL;")]
import hand_store
hand_store.Event = Event
from hand_store import build_hand_store
import newsgraph
from newsgraph.export import write_export
path = build_hand_store({db!r})
with Store(path, readonly=True) as store:
    out = io.StringIO()
    write_export(store, "json", out)
    exported = json.loads(out.getvalue())["events"]
    out = io.StringIO()
    write_export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
with newsgraph.open(path) as corpus:
    records = corpus.events()
print(json.dumps({{"json": [e["salience"] for e in exported], "csv": [r["salience"] for r in rows],
                  "python": [r.salience for r in records]}}))
'''


def test_a_field_added_to_event_reaches_the_store_and_every_view(tmp_path):
    import subprocess
    import sys
    script = NEW_FIELD.format(tests=str(Path(__file__).parent), db=str(tmp_path / "new-field.db"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen == {"json": [0.75] * 5, "csv": ["0.75"] * 5, "python": [0.75] * 5}
