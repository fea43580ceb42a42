"""The PostgreSQL store against a real server: the same exports and answers as SQLite, migrations
under concurrency, resumable and concurrent ingests, clear errors. Each test gets its own
throwaway database (pg_support.py)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import hand_store
from conftest import SAMPLE, SHARED, require_shared
from newsgraph import query as q
from newsgraph.errors import StoreError
from newsgraph.export import build_export, write_export
from newsgraph.pipeline import ingest
from newsgraph.store import Filters, Store, migrations, open_store
from pg_support import pg_url  # noqa: F401  (fixture)

BENCH = SHARED / "bench" / "articles.jsonl"
CLI = [sys.executable, "-m", "newsgraph"]


def bench_file(path: Path, ids: list[str]) -> Path:
    """The bench articles with these ids, as a JSONL input."""
    require_shared(BENCH)
    wanted = set(ids)
    with open(BENCH, encoding="utf-8") as fh:
        lines = [line for line in fh if json.loads(line)["id"] in wanted]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_sample_exports_are_identical_on_sqlite_and_postgres(pg_url, sample_db, tmp_path):  # noqa: F811
    with open_store(pg_url) as store:
        report = ingest([str(SAMPLE)], store, workers=1)
        assert report.ingested == 5 and not report.errors
        assert type(store).__name__ == "PostgresStore"
    with Store(sample_db, readonly=True) as lite, open_store(pg_url, readonly=True) as pg:
        assert json.dumps(build_export(pg), sort_keys=True) == json.dumps(build_export(lite), sort_keys=True)
        for fmt in ("csv", "gexf"):
            a, b = tmp_path / f"lite.{fmt}", tmp_path / f"pg.{fmt}"
            with open(a, "w", encoding="utf-8") as out:
                write_export(lite, fmt, out, False)
            with open(b, "w", encoding="utf-8") as out:
                write_export(pg, fmt, out, False)
            assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8"), fmt
        assert pg.read.count("events") == lite.read.count("events") > 0
    # the JSON API, the explorer and the Python API answer the same from either store
    from fastapi.testclient import TestClient

    import newsgraph
    from newsgraph.api import create_app
    lite_client = TestClient(create_app(str(sample_db)), base_url="http://localhost")
    pg_client = TestClient(create_app(pg_url), base_url="http://localhost")
    top = lite_client.get("/api/entities", params={"limit": 1}).json()["items"][0]["id"]
    for url in ("/api/relations", f"/api/entities/{top}", "/api/events?limit=20", "/api/search?q=sisi",
                "/api/network", "/api/documents"):
        assert pg_client.get(url).json() == lite_client.get(url).json(), url
    page = pg_client.get(f"/actors/{top}")
    assert page.status_code == 200 and page.text == lite_client.get(f"/actors/{top}").text
    with newsgraph.open(pg_url) as remote, newsgraph.open(sample_db) as local:
        assert list(remote.relations()) == list(local.relations()) != []


def test_hand_store_answers_the_same_on_both_backends(pg_url, tmp_path, monkeypatch):  # noqa: F811
    lite_path = hand_store.build_hand_store(tmp_path / "hand.db")
    monkeypatch.setattr(hand_store, "Store", lambda _path: open_store(pg_url))
    hand_store.build_hand_store(tmp_path / "unused")
    with Store(lite_path, readonly=True) as lite, open_store(pg_url, readonly=True) as pg:
        alpha = q.find_entities(lite, "alpha")[0]["id"]
        for store_query in (
            lambda s: q.find_relations(s),
            lambda s: q.find_relations(s, Filters(date_from="2018-02-05")),
            lambda s: q.find_events(s, Filters(outlet="ahram online")),
            lambda s: q.find_events(s, Filters(source="egyptian")),
            lambda s: q.find_entities(s, "ALPHA"),
            lambda s: q.find_documents(s, query="COOPERATING"),
            lambda s: q.profile(s, alpha),
            lambda s: q.find_events(s, Filters(subject=alpha)),
            lambda s: q.find_events(s, Filters(dyad=(q.counterparts(s, alpha)[0]["id"], alpha))),
            lambda s: q.find_relations(s, Filters(actor=alpha), 5, 10_000),
            lambda s: q.split_relations(s, Filters(), "outlet"),
        ):
            assert store_query(pg) == store_query(lite)
        assert q.find_relations(pg)[0] > 0


def test_several_processes_open_a_new_database_at_once(pg_url):  # noqa: F811
    def open_and_version(_):
        with open_store(pg_url) as store:
            return store.schema_version
    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(open_and_version, range(4))) == {migrations.latest("postgresql")}


def test_newer_schema_is_refused_with_one_line(pg_url):  # noqa: F811
    with open_store(pg_url) as store:
        store.db.execute("UPDATE meta SET value = '999' WHERE name = 'schema_version'")
    result = subprocess.run([*CLI, "entities", "--db", pg_url], capture_output=True, text=True)
    assert result.returncode == 1
    assert "newer than this newsgraph knows" in result.stderr and "Traceback" not in result.stderr


def test_unreachable_database_is_one_line():
    result = subprocess.run([*CLI, "export", "--db", "postgresql://nobody:secret@127.0.0.1:1/none"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith("newsgraph: postgresql://nobody@127.0.0.1:1/none: cannot connect")
    assert "secret" not in result.stderr and "Traceback" not in result.stderr


def _documents_and_events(url: str) -> tuple[list[str], int]:
    with open_store(url, readonly=True) as store:
        return sorted(d["id"] for d in store.read.export_documents()), store.read.count("events")


@pytest.mark.slow
def test_killed_ingest_resumes_without_loss_or_duplicates(pg_url, tmp_path):  # noqa: F811
    ids = [f"bbc-politics-{i:03d}" for i in range(1, 41)]
    feed = bench_file(tmp_path / "feed.jsonl", ids)
    env = {**os.environ, "NEWSGRAPH_DB": pg_url, "NEWSGRAPH_BATCH_SIZE": "2"}
    run = subprocess.Popen([*CLI, "ingest", str(feed), "--workers", "1", "-q"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    stored = 0
    while run.poll() is None and time.monotonic() < deadline:
        try:
            with open_store(pg_url, readonly=True) as store:
                stored = store.read.count("documents")
        except StoreError:  # not created yet
            stored = 0
        if stored >= 4:
            break
        time.sleep(0.2)
    run.send_signal(signal.SIGKILL)
    run.wait()
    with open_store(pg_url, readonly=True) as store:
        before = store.read.count("documents")
    assert 0 < before < len(ids)                   # killed part-way, the finished batches kept
    again = subprocess.run([*CLI, "ingest", str(feed), "--workers", "1", "-q"], env=env,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    docs, events = _documents_and_events(pg_url)
    assert len(docs) == len(set(docs)) == len(ids)
    with open_store(pg_url) as store:             # a third run finds nothing new
        assert ingest([str(feed)], store, workers=1).ingested == 0
    assert _documents_and_events(pg_url) == (docs, events)


@pytest.mark.slow
def test_concurrent_ingests_into_one_database(pg_url, tmp_path):  # noqa: F811
    ids = [f"bbc-politics-{i:03d}" for i in range(1, 13)]
    feed = bench_file(tmp_path / "feed.jsonl", ids)
    env = {**os.environ, "NEWSGRAPH_DB": pg_url, "NEWSGRAPH_BATCH_SIZE": "2"}
    runs = [subprocess.Popen([*CLI, "ingest", str(feed), "--workers", "1", "-q"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        assert run.wait(timeout=600) == 0, run.stderr.read()
    docs, events = _documents_and_events(pg_url)
    assert docs == sorted(set(docs)) and len(docs) == len(ids)
    with open_store(pg_url, readonly=True) as store:
        assert store.read.relations_current()
        inputs = store.read.input_documents()
    assert len(inputs) == len(ids)
    alone = tmp_path / "alone.db"
    with Store(alone) as store:
        ingest([str(feed)], store, workers=1)
    with Store(alone, readonly=True) as store:
        assert store.read.count("events") == events
