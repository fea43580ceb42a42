"""Beyond one machine: ingest throughput with Dask workers against local processes, the single
writer's ceiling (SQLite and PostgreSQL), API latency on a 30,000-document store, and a
projection for 8, 32 and 128 workers.

    python -m benchmarks.distributed --shared ../shared [--articles-n 200] [--pg URL] [--copies 10]

PostgreSQL parts use --pg, else NEWSGRAPH_BENCH_PG or NEWSGRAPH_TEST_PG (a database the run may
fill: it creates and drops its own databases there); without one they are left out, said so.
The analyses of the whole bench corpus are computed once (all cores) and cached in
~/.cache/newsgraph-bench; the 30,000-document store writes them --copies times under distinct
document ids and sources (no near-duplicate check between copies: they stand for other articles)."""
from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path.home() / ".cache" / "newsgraph-bench"
BATCH = 16


def records_signature() -> str:
    """A short hash of the fields of the records a cached analysis holds: analyses pickled before
    a field was added (model.py) are not loaded into code that expects it."""
    import hashlib
    from dataclasses import fields

    from newsgraph import model
    shape = ";".join(f"{cls.__name__}:{','.join(f.name for f in fields(cls))}"
                     for cls in (model.Document, model.Entity, model.Mention, model.Event, model.Analysis))
    return hashlib.sha1(shape.encode()).hexdigest()[:10]


def cached_analyses(articles: Path, workers: int, reanalyse: bool = False) -> list[tuple]:
    """(Analysis, MinHash signature) of every bench article, computed once (again with
    `reanalyse`, e.g. after extraction changed: the latency store needs realistic, not current,
    analyses)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from newsgraph.ingest import read_inputs
    from newsgraph.nlp import load_pipeline
    from newsgraph.pipeline import analyse_batch, batched
    cache = CACHE / f"analyses-{records_signature()}.pkl"
    if cache.exists() and not reanalyse:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    print(f"analysing {articles} once into {cache} (minutes)", file=sys.stderr, flush=True)
    docs = [d for d in read_inputs([str(articles)]) if not isinstance(d, Exception)]
    load_pipeline()
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
        results = [r for batch in pool.map(analyse_batch, batched(docs, BATCH)) for r in batch]
    analyses = [(r[0], r[1]) for r in results if not isinstance(r[0], str)]
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(cache.with_suffix(".partial"), "wb") as fh:
        pickle.dump(analyses, fh, protocol=pickle.HIGHEST_PROTOCOL)
    cache.with_suffix(".partial").rename(cache)
    return analyses


def copy_of(analysis, k: int):
    """The analysis as another document: same findings, distinct id (text marked) and source."""
    if k == 0:
        return analysis
    doc = analysis.document
    return replace(analysis, document=replace(doc, source=f"{doc.source}~copy{k}", text=f"{doc.text}\n[copy {k}]"))


def copies(analyses: list[tuple], n: int) -> Iterator[tuple]:
    for k in range(n):
        for analysis, sig in analyses:
            yield copy_of(analysis, k), sig


def write_all(store, rows: Iterator[tuple], dedup: bool = True) -> tuple[int, float]:
    """Store pre-analysed results as the ingest's writer does (near-duplicate check, one
    transaction per batch); (documents written, seconds)."""
    from newsgraph.dedup import NearDuplicates
    from newsgraph.pipeline import batched
    t0 = time.perf_counter()
    near = NearDuplicates(store.originals()) if dedup else None
    written = 0
    for batch in batched(rows, BATCH):
        written += sum(store.write_many([(a, sig, near.check(a.document.id, sig) if near else None)
                                         for a, sig in batch]))
    return written, time.perf_counter() - t0


# --- throughput: local processes against Dask workers ------------------------------------------

def sample_articles(articles: Path, n: int, out: Path) -> Path:
    """`n` bench articles spread over every category (every k-th line), as one JSONL input."""
    with open(articles, encoding="utf-8") as fh:
        lines = fh.readlines()
    step = max(1, len(lines) // n)
    out.write_text("".join(lines[::step][:n]), encoding="utf-8")
    return out


def timed_ingest(feed: Path, location: str, **options) -> tuple[float, object]:
    from newsgraph.pipeline import ingest
    from newsgraph.store import open_store
    with open_store(location) as store:
        t0 = time.perf_counter()
        report = ingest([str(feed)], store, **options)
        return time.perf_counter() - t0, report


def warm_cluster(n: int):
    """A LocalCluster of `n` single-thread worker processes with the pipeline loaded: a cluster
    that serves ingests is long-lived, its workers keep the model."""
    from distributed import Client, LocalCluster
    from newsgraph.nlp import load_pipeline
    cluster = LocalCluster(n_workers=n, processes=True, threads_per_worker=1, dashboard_address=None,
                           silence_logs=40)
    with Client(cluster) as client:
        client.run(lambda: bool(load_pipeline()))
    return cluster


def export_of(location: str) -> dict:
    from newsgraph.export import build_export
    from newsgraph.store import open_store
    with open_store(location, readonly=True) as store:
        return json.loads(json.dumps(build_export(store)))


def agreement(a: dict, b: dict) -> tuple[bool, float]:
    """(same documents, share of events in common) of two exports."""
    same_docs = sorted(d["id"] for d in a["documents"]) == sorted(d["id"] for d in b["documents"])
    ea = {json.dumps(e, sort_keys=True) for e in a["events"]}
    eb = {json.dumps(e, sort_keys=True) for e in b["events"]}
    return same_docs, len(ea & eb) / max(len(ea), len(eb), 1)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def process_cpu() -> float:
    import psutil
    times = psutil.Process().cpu_times()
    return times.user + times.system


def throughput(feed: Path, work: Path, pg: str | None, repeat: int = 2) -> dict:
    """docs/s and CPU seconds per document of the same ingest: local processes (1, 2), Dask
    workers (1, 2), Dask 2 into PostgreSQL. Runs are interleaved `repeat` times and the best of
    each kept: on a shared machine the other load comes and goes."""
    from distributed import Client
    n = sum(1 for _ in open(feed, encoding="utf-8"))
    best: dict[str, float] = {}
    cpu: dict[str, float] = {}
    out = {"documents": n, "runs": best, "cpu per document": cpu, "repeat": repeat}

    def note(name: str, seconds: float, cpu_s: float) -> None:
        best[name] = max(best.get(name, 0.0), n / seconds)
        cpu[name] = min(cpu.get(name, float("inf")), cpu_s / n)
        print(f"  {name}: {n / seconds:.1f} docs/s, {cpu_s / n:.3f} CPU s/doc", file=sys.stderr, flush=True)

    for rep in range(repeat):
        for workers in (1, 2):
            c0 = cpu_seconds()
            seconds, _ = timed_ingest(feed, str(work / f"local{workers}-{rep}.db"), workers=workers)
            note(f"local processes: {workers}", seconds, cpu_seconds() - c0)
        for workers in (1, 2):
            with warm_cluster(workers) as cluster, Client(cluster) as client:
                def used() -> float:
                    return cpu_seconds() + sum(client.run(process_cpu).values())
                c0 = used()
                seconds, _ = timed_ingest(feed, str(work / f"dask{workers}-{rep}.db"),
                                          scheduler=cluster.scheduler_address)
                note(f"Dask workers: {workers}", seconds, used() - c0)
                if workers == 2 and pg and rep == 0:
                    with fresh_database(pg) as url:
                        c0 = used()
                        seconds, _ = timed_ingest(feed, url, scheduler=cluster.scheduler_address)
                        note("Dask workers: 2, PostgreSQL store", seconds, used() - c0)
                        out["parity"] = agreement(export_of(url), export_of(str(work / "local1-0.db")))
    return out


class fresh_database:
    """A new database on the server of `url`, dropped on exit (or kept with `keep`)."""

    def __init__(self, url: str, name: str | None = None, keep: bool = False):
        from psycopg.conninfo import conninfo_to_dict
        self.admin, self.keep = url, keep
        self.name = name or f"newsgraph_bench_{os.getpid()}_{time.monotonic_ns() % 10**6}"
        info = conninfo_to_dict(url)
        password = f":{info['password']}" if info.get("password") else ""
        self.url = (f"postgresql://{info.get('user', '')}{password}@{info.get('host', '127.0.0.1')}:"
                    f"{info.get('port', 5432)}/{self.name}")

    def _admin(self, statement: str) -> None:
        import psycopg
        with psycopg.connect(self.admin, autocommit=True) as conn:
            conn.execute(statement)

    def __enter__(self) -> str:
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{self.name}"')
        return self.url

    def __exit__(self, *exc) -> None:
        from newsgraph.store.postgres import close_pools
        close_pools()
        if not self.keep:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


# --- the writer's ceiling -----------------------------------------------------------------------

def writer_ceiling(analyses: list[tuple], work: Path, pg: str | None, documents: int = 1000) -> dict[str, float]:
    """docs/s the single writer stores when fed analysed documents (near-duplicate check, one
    transaction per batch of 16), without corpus resolution (once per run, reported apart)."""
    from newsgraph.store import open_store
    rows = list(copies(analyses[:200], max(1, documents // 200)))
    out = {}
    targets = [("SQLite", str(work / "writer.db"))]
    databases = fresh_database(pg) if pg else None
    if databases:
        targets.append(("PostgreSQL", databases.__enter__()))
    try:
        for name, location in targets:
            with open_store(location) as store:
                written, seconds = write_all(store, iter(rows))
            out[name] = written / seconds
            print(f"  writer {name}: {written / seconds:.0f} docs/s", file=sys.stderr, flush=True)
    finally:
        if databases:
            databases.__exit__()
    return out


# --- API latency on 30,000 documents ------------------------------------------------------------

def build_large_store(location: str, analyses: list[tuple], n_copies: int) -> dict[str, float]:
    """Write the bench analyses `n_copies` times, then resolve corpus entities (which stores the
    relations); seconds per step."""
    from newsgraph.resolve.corpus import resolve_corpus
    from newsgraph.resolve.gazetteer import load_gazetteer
    from newsgraph.store import open_store
    with open_store(location) as store:
        written, write_s = write_all(store, copies(analyses, n_copies), dedup=False)
        t0 = time.perf_counter()
        resolve_corpus(store, load_gazetteer())
        store.mark_entities_resolved(json.dumps([]))
        resolve_s = time.perf_counter() - t0
    return {"documents": written, "write s": write_s, "resolution and relations s": resolve_s}


def latency_pages(client) -> list[tuple[str, str]]:
    rels = client.get("/api/relations", params={"limit": 3}).json()["items"]
    actors = client.get("/api/entities", params={"limit": 3}).json()["items"]
    urls = [("relations page (API, first 50)", "/api/relations"),
            ("relations page 3 (API)", "/api/relations?limit=50&offset=100"),
            ("relations, material conflict", "/api/relations?quad_class=material_conflict"),
            ("home (network page)", "/")]
    for i, a in enumerate(actors):
        urls += [(f"actor page #{i + 1} ({a['name'][:20]})", f"/actors/{a['id']}"),
                 (f"actor profile API #{i + 1}", f"/api/entities/{a['id']}")]
    for i, r in enumerate(rels[:2]):
        urls += [(f"relation card #{i + 1}", f"/relations/{r['subject']}/{r['type']}/{r['object']}")]
    return urls


def latency(location: str, repeat: int = 5) -> dict:
    """Per page: (first request ms, median of the next `repeat`), and the relations page
    aggregated per request as before the relations were stored."""
    from fastapi.testclient import TestClient

    from newsgraph import query as q
    from newsgraph.api import create_app
    from newsgraph.store import open_store
    with open_store(location, readonly=True) as store:
        sizes = {t: store.read.count(t) for t in ("documents", "events", "entities", "relations")}
    client = TestClient(create_app(location), base_url="http://localhost")
    pages = {}
    for name, url in latency_pages(client):
        q._MEMO.clear()
        times = []
        for _ in range(repeat + 1):
            t0 = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - t0) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{url}: HTTP {response.status_code}")
        pages[name] = (times[0], statistics.median(times[1:]))
    stored = q._stored
    q._stored = lambda store, f: False
    q._MEMO.clear()
    try:
        t0 = time.perf_counter()
        client.get("/api/relations")
        aggregated = (time.perf_counter() - t0) * 1000
    finally:
        q._stored = stored
    return {"sizes": sizes, "pages": pages, "aggregated per request ms": aggregated}


# --- scheduler ceiling and the projection -------------------------------------------------------

def scheduler_ceiling(tasks: int = 2000) -> float:
    """Tasks per second a Dask scheduler with 2 workers turns over when tasks do nothing: its
    own cost per task, the ceiling of batches it can hand out."""
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        client.gather(client.map(abs, range(-50, 0)))
        t0 = time.perf_counter()
        client.gather(client.map(abs, range(-tasks, 0), pure=False))
        return tasks / (time.perf_counter() - t0)


def projection(per_worker: float, efficiency: float, writers: dict[str, float], tasks_per_s: float,
               batch: int = BATCH) -> list[tuple]:
    """(workers, analysis docs/s, docs/s through one writer per backend, bottleneck) for a cluster
    of single-thread workers, each on a core of its own."""
    rows = []
    for n in (1, 2, 8, 32, 128):
        analysis = n * per_worker * (1.0 if n == 1 else efficiency)
        limits = {"workers": analysis, "scheduler": tasks_per_s * batch}
        out = []
        for name, ceiling in writers.items():
            rate = min(analysis, ceiling, limits["scheduler"])
            neck = min({**limits, f"{name} writer": ceiling}.items(), key=lambda kv: kv[1])[0]
            out.append((name, rate, neck))
        rows.append((n, analysis, out))
    return rows


def report(result: dict) -> str:
    lines = ["## Distributed ingest (Dask) and the PostgreSQL store", ""]
    t = result["throughput"]
    lines += [f"Ingest of the same {t['documents']} bench articles (every k-th of the bench file), each into a"
              " fresh store; Dask workers are single-thread processes of a LocalCluster on this machine,"
              " warmed (pipeline loaded), local processes fork from a writer that loaded it:", "",
              "| run | docs/s | CPU s per document (all processes) |", "|---|---:|---:|"]
    lines += [f"| {name} | {rate:.1f} | {t['cpu per document'].get(name, 0):.3f} |" for name, rate in t["runs"].items()]
    local2, dask2 = t["runs"].get("local processes: 2"), t["runs"].get("Dask workers: 2")
    if local2 and dask2:
        lines += ["", f"Dask with 2 workers runs at {dask2 / local2:.0%} of 2 local processes."]
    if "parity" in t:
        same, share = t["parity"]
        lines += [f"PostgreSQL + Dask (2 workers) against SQLite local: {'the same' if same else 'DIFFERENT'}"
                  f" documents, {share:.1%} of events identical."]
    w = result["writer"]
    one = 1 / t["cpu per document"]["Dask workers: 1"] if t.get("cpu per document") else 0
    lines += ["", "Writer ceiling (documents stored per second from analysed documents, near-duplicate check"
              " and one transaction per batch of 16, one writer process), against one worker on a core of"
              " its own (1 / CPU seconds per document):", "",
              "| store | docs/s | × one worker |", "|---|---:|---:|"]
    lines += [f"| {name} | {rate:.0f} | {rate / one:.0f}× |" if one else f"| {name} | {rate:.0f} | |"
              for name, rate in w.items()]
    lines += ["", f"Scheduler: {result['scheduler']:.0f} empty tasks/s with 2 workers"
              f" ({result['scheduler'] * BATCH:.0f} docs/s at {BATCH} documents a task)."]
    for backend, lat in result["latency"].items():
        b = lat["build"]
        s = lat["sizes"]
        lines += ["", f"API latency, {backend} store of {s['documents']} documents ({s['events']} events,"
                  f" {s['entities']} entities, {s['relations']} relations; written in {b['write s']:.0f} s,"
                  f" corpus resolution and relations {b['resolution and relations s']:.0f} s), in-process"
                  " requests (no network):", "", "| page | first ms | median ms |", "|---|---:|---:|"]
        lines += [f"| {name} | {first:.0f} | {median:.0f} |" for name, (first, median) in lat["pages"].items()]
        lines += ["", f"The first relations page aggregated per request (before relations were stored):"
                  f" {lat['aggregated per request ms']:.0f} ms."]
    lines += ["", "Projection (assumptions: each single-thread worker has a core of its own and analyses"
              " 1 / (CPU seconds per document of the Dask run, overheads included) documents a second; one"
              " writer process at its measured ceiling; the scheduler's measured cost per task; the"
              " database has the capacity the writer asks of it):", "",
              "| workers | analysis docs/s | " + " | ".join(f"through one {n} writer" for n in w) + " |",
              "|---:|---:|" + "---|" * len(w)]
    for n, analysis, out in result["projection"]:
        cells = " | ".join(f"{rate:.0f} ({neck})" for _, rate, neck in out)
        lines.append(f"| {n} | {analysis:.0f} | {cells} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.distributed", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--articles-n", type=int, default=200, help="articles of the throughput runs")
    ap.add_argument("--copies", type=int, default=10, help="times the bench corpus is written for latency")
    ap.add_argument("--pg", default=os.environ.get("NEWSGRAPH_BENCH_PG") or os.environ.get("NEWSGRAPH_TEST_PG"),
                    help="PostgreSQL server URL whose role may create databases")
    ap.add_argument("--reanalyse", action="store_true", help="analyse the bench corpus again")
    ap.add_argument("--work", type=Path, default=CACHE / "distributed")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    ap.add_argument("--only-throughput", action="store_true", help="only the ingest runs (docs/s, CPU)")
    ap.add_argument("--repeat", type=int, default=2, help="interleaved repetitions of the ingest runs")
    args = ap.parse_args(argv)
    articles = args.shared / "bench" / "articles.jsonl"
    if not articles.is_file():
        print(f"benchmarks.distributed: {articles} not found (give --shared)", file=sys.stderr)
        return 1
    args.work.mkdir(parents=True, exist_ok=True)
    for old in args.work.glob("*.db*"):
        old.unlink()
    if not args.pg:
        print("PostgreSQL parts left out: no --pg, NEWSGRAPH_BENCH_PG or NEWSGRAPH_TEST_PG", flush=True)
    analyses = cached_analyses(articles, os.cpu_count() or 1, args.reanalyse)
    result = {"throughput": throughput(sample_articles(articles, args.articles_n, args.work / "feed.jsonl"),
                                       args.work, args.pg, args.repeat)}
    if args.only_throughput:
        print(json.dumps(result, indent=1, default=str), flush=True)
        return 0
    result["writer"] = writer_ceiling(analyses, args.work, args.pg)
    result["scheduler"] = scheduler_ceiling()
    result["latency"] = {}
    large = args.work / "large.db"
    build = build_large_store(str(large), analyses, args.copies)
    result["latency"]["SQLite"] = {"build": build, **latency(str(large))}
    print("  latency SQLite done", file=sys.stderr, flush=True)
    if args.pg:
        with fresh_database(args.pg) as url:
            build = build_large_store(url, analyses, args.copies)
            result["latency"]["PostgreSQL"] = {"build": build, **latency(url)}
    # a worker on a core of its own analyses 1 / (CPU seconds per document) documents a second;
    # CPU time, not wall time: on a shared machine the wall time depends on the other load
    per_document = result["throughput"]["cpu per document"]["Dask workers: 2"]
    result["projection"] = projection(1 / per_document, 1.0, result["writer"], result["scheduler"])
    print(report(result), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
