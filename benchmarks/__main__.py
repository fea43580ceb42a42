"""`make bench`: ingest throughput and memory against bare spaCy, HTML extraction quality, actor
resolution cost as the corpus grows, explorer response times, and distributed ingest (Dask
workers, the writer's ceiling, PostgreSQL, latency at 30,000 documents).

    python -m benchmarks --shared ../shared [--limit N] [--workers N] [--quick] [--only NAME,...]
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
from pathlib import Path

from . import distributed, explorer, geo, geo_ingest, ingest, resolution

QUICK_LIMIT = 300


def html_quality(shared: Path) -> str:
    try:
        from .html_quality import html_f1  # noqa: PLC0415
    except ImportError:
        return "HTML extraction F1: benchmarks/html_quality.py not available"
    html_dir = shared / "bench" / "html"
    if not html_dir.is_dir():
        return f"HTML extraction F1: {html_dir} not found"
    scores = html_f1(html_dir)
    if not scores:
        return f"HTML extraction F1: no pages in {html_dir}"
    mean = sum(f for *_, f in scores) / len(scores)
    worst = min(scores, key=lambda s: s[-1])
    return (f"HTML extraction: mean token F1 {mean:.3f} over {len(scores)} pages (target >= 0.90); "
            f"lowest {worst[-1]:.3f} ({worst[0]})")


def machine() -> str:
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            mem = int(fh.readline().split()[1]) / (1 << 20)
        memory = f", {mem:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        memory = ""
    return f"Machine: {os.cpu_count()} CPU cores{memory}, Python {platform.python_version()}, {platform.platform()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder holding bench/")
    ap.add_argument("--limit", type=int, default=0, help="articles to ingest (default: all)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for both runs")
    ap.add_argument("--quick", action="store_true", help=f"only the first {QUICK_LIMIT} articles")
    ap.add_argument("--only", help="comma-separated subset of: ingest, html, resolution, explorer, geo, geo_ingest, distributed")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    articles = shared / "bench" / "articles.jsonl"
    if not articles.is_file():
        print(f"benchmarks: {articles} not found (give --shared)", file=sys.stderr)
        return 1
    limit = args.limit or (QUICK_LIMIT if args.quick else 10**9)
    only = set(args.only.split(",")) if args.only else {"ingest", "html", "resolution", "explorer", "geo", "geo_ingest",
                                                          "distributed"}
    print(machine(), end="\n\n", flush=True)
    if "ingest" in only:
        print(ingest.report(ingest.run(articles, limit, args.workers)), end="\n\n", flush=True)
        print(ingest.report_long(ingest.run_long(articles)), end="\n\n", flush=True)
    if "html" in only:
        print(html_quality(shared), end="\n\n", flush=True)
    status = 0
    if "resolution" in only:
        top = min(limit, 3000)
        sizes = ",".join(str(top * k // 3) for k in (1, 2, 3))
        status |= resolution.main(["--shared", str(shared), "--sizes", sizes])
        print(flush=True)
    if "geo" in only:
        print(geo.report(geo.run(articles, limit)), end="\n\n", flush=True)
    if "geo_ingest" in only:
        print(geo_ingest.report(geo_ingest.run(articles, min(limit, 3000), args.workers)), end="\n\n", flush=True)
    if "explorer" in only:
        status |= explorer.main(["--articles", str(articles), "--rebuild"])
        print(flush=True)
    if "distributed" in only:
        status |= distributed.main(["--shared", str(shared)])
    return status


if __name__ == "__main__":
    sys.exit(main())
