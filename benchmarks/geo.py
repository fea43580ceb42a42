"""Benchmark: offline geocoding. First-load time and memory of the gazetteer (in fresh processes,
built from the packaged data, then from its cache),
then names geocoded per second over place-like phrases from the bench corpus ("in X", "at X",
"near X", "from X": real news spellings, places and non-places alike).

    python -m benchmarks.geo [--shared ../shared] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHRASE = re.compile(r"\b(?:in|at|near|from|outside) ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2})")

FIRST_LOAD = """
import json, sys, time
def status(field):
    with open('/proc/self/status') as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith(field))
from newsgraph.geo import Geocoder
geocoder = Geocoder(cache_dir=sys.argv[1])
rss, start = status('VmRSS'), time.perf_counter()
geocoder.resolve('Mosul')
seconds = time.perf_counter() - start
print(json.dumps({'seconds': seconds, 'rss_kib': status('VmRSS') - rss, 'peak_kib': status('VmHWM') - rss,
                  'places': len(geocoder.gazetteer), 'keys': len(geocoder.gazetteer.by_key)}))
"""


def first_load(cache_dir: str) -> dict:
    """Load the gazetteer in a fresh interpreter, so earlier imports do not hide its cost."""
    out = subprocess.run([sys.executable, "-c", FIRST_LOAD, cache_dir], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def phrases(articles: Path, limit: int) -> list[str]:
    found: list[str] = []
    with articles.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            try:
                text = json.loads(line).get("text") or ""
            except json.JSONDecodeError:
                continue
            found.extend(PHRASE.findall(text))
    return found


def run(articles: Path, limit: int) -> dict:
    from newsgraph.geo import Geocoder  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as cache_dir:
        load = {"build": first_load(cache_dir), "cached": first_load(cache_dir)}
    names = phrases(articles, limit)
    geocoder = Geocoder()
    geocoder.resolve("Mosul")   # loaded (from the user's cache when there) before timing
    timings = {}
    for label, context in (("no context", {}), ("actor + document country", {"context_countries": ("USA", "IRQ"), "doc_country": "GBR"})):
        start = time.perf_counter()
        hits = sum(geocoder.resolve(name, **context) is not None for name in names)
        timings[label] = (time.perf_counter() - start, hits)
    return {"load": load, "names": len(names), "distinct": len(set(names)), "timings": timings}


def report(result: dict) -> str:
    build = result["load"]["build"]
    lines = [f"Geocoding: gazetteer of {build['places']:,} places / {build['keys']:,} name keys"]
    for label, load in (("first load, building it (and caching it)", build),
                        ("first load from the cache", result["load"]["cached"])):
        lines.append(f"{label}: {load['seconds']:.1f} s, RSS +{load['rss_kib'] / 1024:.0f} MiB "
                     f"(peak +{load['peak_kib'] / 1024:.0f} MiB)")
    n = result["names"]
    for label, (seconds, hits) in result["timings"].items():
        rate = n / seconds if seconds else float("inf")
        lines.append(f"{label}: {n:,} phrases ({result['distinct']:,} distinct) in {seconds:.2f} s = "
                     f"{rate:,.0f} names/s, {hits / max(n, 1):.0%} resolved")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.geo", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder holding bench/")
    ap.add_argument("--limit", type=int, default=10**9, help="articles to draw phrases from")
    args = ap.parse_args(argv)
    articles = Path(args.shared) / "bench" / "articles.jsonl"
    if not articles.is_file():
        print(f"benchmarks.geo: {articles} not found (give --shared)", file=sys.stderr)
        return 1
    print(report(run(articles, args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
