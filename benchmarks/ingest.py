"""Ingest throughput and memory: bare spaCy `nlp.pipe` against `newsgraph ingest`.

Both run as separate processes on the same articles (the first --limit records of
bench/articles.jsonl), with the same model and the same number of processes, and are timed
from start to exit (Python start-up and model loading included in both). While newsgraph
runs, the resident memory of its whole process tree (main process and workers) is sampled
from /proc, together with the number of documents stored, which gives the peak memory by the
time 1k, 2k, 3k... documents were in the store.

Then one article of LONG_CHARS characters (bench articles joined as paragraphs) is ingested
with two worker processes, and the peak resident memory of each process is reported: memory
per worker must stay bounded (PER_WORKER_LIMIT) whatever the article's length.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.nlp import DEFAULT_MODEL

LONG_CHARS = 990_000
PER_WORKER_LIMIT = 600 * (1 << 20)

BARE_SPACY = """
import json, sys, spacy
path, model, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
nlp = spacy.load(model)
texts = (json.loads(line)["text"] for line in open(path, encoding="utf-8"))
n = sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=workers))
print(n)
"""


def subset(articles: Path, limit: int, folder: Path) -> tuple[Path, int, int]:
    """The first `limit` records of `articles` in a file of their own: (path, documents, words)."""
    out = folder / f"articles-{limit}.jsonl"
    docs = words = 0
    with articles.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if docs == limit:
                break
            if not line.strip():
                continue
            words += len(json.loads(line)["text"].split())
            dst.write(line)
            docs += 1
    return out, docs, words


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            return [int(c) for c in fh.read().split()]
    except OSError:
        return []


def tree_rss(pid: int) -> int:
    """Resident set size of a process and all its descendants, in bytes."""
    return sum(process_rss(pid).values())


def process_rss(pid: int) -> dict[int, int]:
    """Resident set size of a process and each of its descendants, in bytes, by process id."""
    sizes, todo = {}, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm", encoding="ascii") as fh:
                sizes[p] = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
        todo.extend(_children(p))
    return sizes


def stored(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def run_measured(cmd: list[str], db: Path | None = None, env: dict | None = None) -> dict:
    """Run `cmd`; its wall time, the peak RSS of its process tree, and (with `db`) the peak RSS
    reached by each number of stored documents (sampled as [(documents, peak so far)])."""
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak, samples, last_count, per_process = 0, [], 0.0, {}
    while proc.poll() is None:
        sizes = process_rss(proc.pid)
        for pid, size in sizes.items():
            per_process[pid] = max(per_process.get(pid, 0), size)
        peak = max(peak, sum(sizes.values()))
        now = time.monotonic()
        if db is not None and now - last_count > 1.0:
            samples.append((stored(db), peak))
            last_count = now
        time.sleep(0.1)
    out, err = proc.communicate()
    seconds = time.monotonic() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"seconds": seconds, "peak": peak, "samples": samples, "stdout": out.decode(),
            "stderr": err.decode(), "main_peak": per_process.get(proc.pid, 0),
            "worker_peak": max((v for k, v in per_process.items() if k != proc.pid), default=0)}


def peak_by(samples: list[tuple[int, int]], final_peak: int, documents: int) -> int:
    """Peak RSS by the time `documents` were stored (the whole run's peak once all were)."""
    for count, peak in samples:
        if count >= documents:
            return peak
    return final_peak


def newsgraph_cmd(path: Path, db: Path, model: str, workers: int) -> list[str]:
    return [sys.executable, "-c", "from newsgraph.cli import main; main()", "ingest", str(path),
            "--db", str(db), "--model", model, "--workers", str(workers), "--quiet"]


def long_article(articles: Path, folder: Path, chars: int = LONG_CHARS) -> Path:
    """One article of `chars` characters: bench articles, paragraph after paragraph."""
    parts, size = [], 0
    with articles.open(encoding="utf-8") as src:
        while size < chars:
            for line in src:
                text = json.loads(line)["text"].strip() if line.strip() else ""
                if text:
                    parts.append(text)
                    size += len(text) + 2
                    if size >= chars:
                        break
            src.seek(0)
    out = folder / "long.txt"
    out.write_text("\n\n".join(parts)[:chars], encoding="utf-8")
    return out


def run_long(articles: Path, model: str = DEFAULT_MODEL, chars: int = LONG_CHARS) -> dict:
    """Peak memory of the main process and of the busiest worker on one very long article."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-long-") as tmp:
        folder = Path(tmp)
        path = long_article(articles, folder, chars)
        result = run_measured(newsgraph_cmd(path, folder / "long.db", model, 2))
    return {"chars": chars, "seconds": result["seconds"], "main_peak": result["main_peak"],
            "worker_peak": result["worker_peak"], "summary": result["stderr"].strip().splitlines()[-1:]}


def report_long(result: dict) -> str:
    mib = 1 << 20
    verdict = "within" if result["worker_peak"] <= PER_WORKER_LIMIT else "OVER"
    return (f"Long article: {result['chars']:,} characters, 2 worker processes, {result['seconds']:.1f} s\n"
            f"  peak RSS per worker {result['worker_peak'] / mib:.0f} MiB ({verdict} the "
            f"{PER_WORKER_LIMIT / mib:.0f} MiB limit); main process {result['main_peak'] / mib:.0f} MiB\n"
            f"  {' '.join(result['summary'])}")


def run(articles: Path, limit: int, workers: int, model: str = DEFAULT_MODEL) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp:
        folder = Path(tmp)
        path, docs, words = subset(articles, limit, folder)
        bare = run_measured([sys.executable, "-c", BARE_SPACY, str(path), model, str(workers)])
        db = folder / "bench.db"
        ours = run_measured(newsgraph_cmd(path, db, model, workers), db=db)
        again = run_measured(newsgraph_cmd(path, db, model, workers))
        size = db.stat().st_size + sum(p.stat().st_size for p in folder.glob("bench.db-*"))
        con = sqlite3.connect(db)
        stored_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        duplicates = con.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
        con.close()
    marks = [n for n in range(1000, docs + 1, 1000)] or [docs]
    return {
        "documents": docs, "words": words, "workers": workers, "model": model,
        "spacy_seconds": bare["seconds"], "spacy_peak": bare["peak"],
        "newsgraph_seconds": ours["seconds"], "newsgraph_peak": ours["peak"],
        "memory_by_documents": [(n, peak_by(ours["samples"], ours["peak"], n)) for n in marks],
        "reingest_seconds": again["seconds"], "stored": stored_docs, "duplicates": duplicates,
        "store_bytes": size, "summary": ours["stderr"].strip().splitlines()[-1:],
    }


def table(rows: list[tuple], headers: tuple) -> str:
    cells = [tuple(str(c) for c in r) for r in [headers, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(result: dict) -> str:
    docs, words = result["documents"], result["words"]
    s, n = result["spacy_seconds"], result["newsgraph_seconds"]
    mib = 1 << 20
    throughput = table([
        ("bare spaCy nlp.pipe", f"{s:.1f}", f"{docs / s:.1f}", f"{words / s:.0f}", f"{result['spacy_peak'] / mib:.0f}"),
        ("newsgraph ingest", f"{n:.1f}", f"{docs / n:.1f}", f"{words / n:.0f}", f"{result['newsgraph_peak'] / mib:.0f}"),
    ], ("run", "seconds", "docs/s", "words/s", "peak RSS MiB"))
    first = result["memory_by_documents"][0][1]
    memory = table([(f"{k:,}", f"{v / mib:.0f}", f"{v / first:.2f}") for k, v in result["memory_by_documents"]],
                   ("documents stored", "peak RSS MiB (process tree)", f"vs {result['memory_by_documents'][0][0]:,}"))
    other = table([
        ("throughput ratio newsgraph / spaCy", f"{s / n:.2f} (target >= 0.80)"),
        ("re-ingest of the same input", f"{result['reingest_seconds']:.1f} s"),
        ("store size per document", f"{result['store_bytes'] / max(result['stored'], 1) / 1024:.1f} KiB"),
        ("documents stored / near-duplicates", f"{result['stored']} / {result['duplicates']}"),
    ], ("measure", "value"))
    return (f"Ingest: {docs:,} articles, {words:,} words, model {result['model']}, "
            f"{result['workers']} worker process(es)\n\n{throughput}\n\n{memory}\n\n{other}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.ingest", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder holding bench/")
    ap.add_argument("--limit", type=int, default=0, help="articles to use (default: all)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--long-only", action="store_true", help="only the long-article memory run")
    args = ap.parse_args(argv)
    articles = Path(args.shared) / "bench" / "articles.jsonl"
    if not args.long_only:
        print(report(run(articles, args.limit or 10**9, args.workers, args.model)), end="\n\n")
    print(report_long(run_long(articles, args.model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
