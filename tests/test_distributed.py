"""Ingest on a Dask cluster (a LocalCluster of 2 worker processes) into PostgreSQL gives the same
graph as a local ingest into SQLite; a worker dying mid-task loses nothing; errors are one line."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import SAMPLE, SHARED, require_shared
from newsgraph import pipeline
from newsgraph.export import build_export
from newsgraph.store import Store, open_store
from pg_support import pg_url  # noqa: F401  (fixture)

BENCH = SHARED / "bench" / "articles.jsonl"
CLI = [sys.executable, "-m", "newsgraph"]
# ~20 bench articles of several kinds (politics, business, news events) besides the 5 samples
PARITY_IDS = ([f"bbc-politics-{i:03d}" for i in range(1, 9)] + [f"bbc-business-{i:03d}" for i in range(1, 5)]
              + ["ecbplus-1_10ecb", "ecbplus-1_10ecbplus", "ecbplus-1_11ecb", "ecbplus-1_11ecbplus"])


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None, silence_logs=40) as local:
        yield local


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The 5 sample articles and bench articles picked by id."""
    require_shared(BENCH)
    feed = tmp_path_factory.mktemp("corpus") / "bench.jsonl"
    with open(BENCH, encoding="utf-8") as fh:
        lines = [line for line in fh if json.loads(line)["id"] in set(PARITY_IDS)]
    assert len(lines) >= 12
    feed.write_text("".join(lines), encoding="utf-8")
    return [str(SAMPLE), str(feed)]


@pytest.fixture(scope="module")
def local_export(corpus, tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("local") / "local.db"
    with Store(path) as store:
        report = pipeline.ingest(corpus, store, workers=1)
        assert report.ingested > 15 and not report.errors
    with Store(path, readonly=True) as store:
        return json.loads(json.dumps(build_export(store)))


def same_graph(a: dict, b: dict) -> bool:
    """Same documents (in input order), entities and events: the same export."""
    assert [d["id"] for d in a["documents"]] == [d["id"] for d in b["documents"]]
    assert a["documents"] == b["documents"]
    assert a["entities"] == b["entities"]
    assert a["events"] == b["events"] and len(a["events"]) > 20
    return a == b


def _export(url: str) -> dict:
    with open_store(url, readonly=True) as store:
        return json.loads(json.dumps(build_export(store)))


def test_postgres_with_dask_gives_the_same_graph_as_sqlite_locally(pg_url, cluster, corpus, local_export):  # noqa: F811
    env = {**os.environ, "NEWSGRAPH_DB": pg_url}
    env.pop("NEWSGRAPH_SCHEDULER", None)
    run = subprocess.run([*CLI, "ingest", *corpus, "--scheduler", cluster.scheduler_address],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    documents = len(local_export["documents"])
    assert f"progress: {documents}/{documents} inputs ({documents} new, 0 skipped, 0 errors)" in run.stderr
    remote = _export(pg_url)
    assert same_graph(remote, local_export)
    again = subprocess.run([*CLI, "ingest", *corpus, "--scheduler", cluster.scheduler_address, "-q"],
                           env=env, capture_output=True, text=True, timeout=600)
    assert f"0 ingested (0 near-duplicates), {documents} already in the store" in again.stderr


def test_a_worker_dying_mid_task_loses_nothing(cluster, corpus, local_export, tmp_path, monkeypatch):
    from newsgraph import worker
    marker = tmp_path / "a worker died"
    analyse = worker.analyse_batch

    def dies_once(batch, *settings):  # sent by value to the workers
        try:   # created atomically: of two workers starting a batch at once, only one dies
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return analyse(batch, *settings)
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        os._exit(1)                                  # the worker process dies holding this task

    monkeypatch.setattr(worker, "analyse_batch", dies_once)
    path = tmp_path / "dask.db"
    with Store(path) as store:
        report = pipeline.ingest(corpus, store, scheduler=cluster.scheduler_address, batch_size=4)
    assert marker.exists()                          # one worker did die mid-task
    assert report.ingested == len(local_export["documents"]) and not report.errors
    with Store(path, readonly=True) as store:
        assert same_graph(json.loads(json.dumps(build_export(store))), local_export)


def test_unreachable_scheduler_is_one_line(tmp_path):
    result = subprocess.run([*CLI, "ingest", str(SAMPLE), "--db", str(tmp_path / "x.db"),
                             "--scheduler", "tcp://127.0.0.1:1"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(
        "newsgraph: tcp://127.0.0.1:1: cannot reach the Dask scheduler")
    assert "Traceback" not in result.stderr


def with_all_workers(cluster, workers: int = 2) -> None:
    """Wait until the cluster has all its workers again: one killed by another test is restarted
    by its nanny, and until it is back the ingest would size its window for the other alone."""
    from distributed import Client

    with Client(cluster.scheduler_address, set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=600)


def test_batches_are_submitted_in_a_window_not_all_at_once(cluster, corpus, local_export, tmp_path, monkeypatch):
    from newsgraph import distributed
    with_all_workers(cluster)
    in_flight: list[int] = []
    collect = distributed.DaskPool.collect

    def counting(self):
        in_flight.append(len(self.pending))          # batches submitted and not yet stored
        return collect(self)

    monkeypatch.setattr(distributed.DaskPool, "collect", counting)
    with Store(tmp_path / "window.db") as store:
        report = pipeline.ingest(corpus, store, scheduler=cluster.scheduler_address, batch_size=1)
    assert report.ingested == len(local_export["documents"]) == len(in_flight)
    window = 2 * pipeline.IN_FLIGHT_PER_WORKER                  # 2 single-thread workers
    assert max(in_flight) == window < len(in_flight)
