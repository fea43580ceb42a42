"""Benchmark: what geocoding adds to ingest. The same articles are ingested twice into fresh
stores, in fresh processes, with and without geocoding (the writer geocodes the places of each
document's events; see newsgraph/geo/places.py), and the time spent inside the geocoding step
(gazetteer load included) is summed in the geocoding run. The target: at most +10%.

    python -m benchmarks.geo_ingest [--shared ../shared] [--limit N] [--workers N]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .ingest import subset

ROOT = Path(__file__).resolve().parents[1]
RUN = """
import json, sys, time
from newsgraph import pipeline
from newsgraph.geo.places import EventPlaces
from newsgraph.store import Store
spent = [0.0]
class Timed(EventPlaces):
    def __init__(self, *a, **k):
        t = time.perf_counter(); super().__init__(*a, **k); spent[0] += time.perf_counter() - t
    def geocode(self, analysis):
        t = time.perf_counter(); super().geocode(analysis); spent[0] += time.perf_counter() - t
pipeline.EventPlaces = Timed
path, db, workers, geocode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
start = time.perf_counter()
with Store(db) as store:
    report = pipeline.ingest([path], store, workers=workers, geocode=geocode)
    seconds = time.perf_counter() - start
    rows = store.read._run("SELECT count(*), count(location_key) FROM events").fetchone()
    geo = store.read._run("SELECT count(*) FROM events JOIN entity_keys k ON k.key = events.location_key"
                          " JOIN entities e ON e.id = k.entity WHERE e.geo IS NOT NULL").fetchone()[0]
print(json.dumps({"seconds": seconds, "geocoding": spent[0], "documents": report.ingested,
                  "events": rows[0], "located": rows[1], "geocoded": geo}))
"""


def ingest_once(path: Path, folder: Path, workers: int, geocode: bool) -> dict:
    db = folder / f"geo-{int(geocode)}.db"
    out = subprocess.run([sys.executable, "-c", RUN, str(path), str(db), str(workers), str(int(geocode))],
                         check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(articles: Path, limit: int, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, docs, _ = subset(articles, limit, folder)
        without = ingest_once(path, folder, workers, geocode=False)
        with_geo = ingest_once(path, folder, workers, geocode=True)
    return {"documents": docs, "workers": workers, "without": without, "with": with_geo}


def report(result: dict) -> str:
    off, on = result["without"], result["with"]
    events = max(on["events"], 1)
    return "\n".join([
        f"Geocoding in ingest: {result['documents']:,} articles, {result['workers']} worker(s)",
        f"without geocoding: {off['seconds']:.1f} s; with: {on['seconds']:.1f} s "
        f"({on['seconds'] / off['seconds'] - 1:+.1%} wall, target <= +10%)",
        f"time inside geocoding (gazetteer load included): {on['geocoding']:.2f} s = "
        f"{on['geocoding'] / off['seconds']:.1%} of the ingest without it",
        f"events {on['events']:,}: with a place {on['located'] / events:.0%}, with coordinates "
        f"{on['geocoded'] / events:.0%}",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.geo_ingest", description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder holding bench/")
    ap.add_argument("--limit", type=int, default=3000, help="articles to ingest")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes")
    args = ap.parse_args(argv)
    articles = Path(args.shared) / "bench" / "articles.jsonl"
    if not articles.is_file():
        print(f"benchmarks.geo_ingest: {articles} not found (give --shared)", file=sys.stderr)
        return 1
    print(report(run(articles, args.limit, args.workers)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
