"""Explorer and JSON API response times on a large store (default: the ~3,000 articles of
../shared/bench/articles.jsonl, built once into a cache directory).

    python -m benchmarks.explorer --db /tmp/bench3k.db [--repeat 5]

Requests go through the ASGI app in-process (FastAPI's TestClient): the numbers are the
server's work (queries, aggregation, rendering), without network. The first request of a
filter set aggregates relations; later ones hit the per-store memo, so "cold" is shown apart."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "bench" / "articles.jsonl"
CACHE = Path.home() / ".cache" / "newsgraph-bench"


def build_store(articles: Path, cache: Path, rebuild: bool = False) -> Path:
    """Ingest the benchmark articles (all cores); reused while the file exists unless `rebuild`
    (the store reflects the extraction of the code that built it)."""
    from newsgraph.pipeline import ingest
    from newsgraph.store import Store
    db = cache / "explorer-3k.db"
    if db.exists() and not rebuild:
        return db
    for old in cache.glob("explorer-3k*"):
        old.unlink()
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / "explorer-3k.partial.db"
    print(f"building {db} from {articles} (takes minutes; done once)", file=sys.stderr)
    with Store(partial) as store:
        ingest([str(articles)], store, workers=0)
    partial.rename(db)
    return db


def pages(client) -> list[tuple[str, str]]:
    """The pages and API calls a person's session touches, on the store's busiest actors."""
    rels = client.get("/api/relations", params={"limit": 5}).json()["items"]
    actors = client.get("/api/entities", params={"limit": 3}).json()["items"]
    doc = max(client.get("/api/documents", params={"limit": 50}).json()["items"], key=lambda d: d["events"])
    urls = [("home (network page)", "/"), ("api network", "/api/network"), ("api relations", "/api/relations"),
            ("api relations by outlet", "/api/relations?split_by=outlet&limit=20"),
            ("api events page", "/api/events?limit=50"), ("api events, date range", "/api/events?date_from=2015&date_to=2019"),
            ("search page", "/search?q=sisi"), ("api search", "/api/search?q=hamas"),
            ("documents list", "/documents"), ("document page", f"/documents/{doc['id']}"),
            ("api document", f"/api/documents/{doc['id']}")]
    for i, a in enumerate(actors):
        urls += [(f"actor page #{i + 1}", f"/actors/{a['id']}"), (f"api profile #{i + 1}", f"/api/entities/{a['id']}")]
    for i, r in enumerate(rels[:3]):
        urls += [(f"relation card #{i + 1}", f"/relations/{r['subject']}/{r['type']}/{r['object']}"),
                 (f"dyad page #{i + 1}", f"/dyads/{r['subject']}/{r['object']}")]
    return urls


def measure(client, url: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - t0) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.explorer", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="store to measure (default: build from --articles into --cache)")
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached store with the current code")
    args = parser.parse_args(argv)

    from fastapi.testclient import TestClient

    from newsgraph.api import create_app
    from newsgraph.store import Store
    db = args.db or build_store(args.articles, args.cache, args.rebuild)
    with Store(db, readonly=True) as store:
        sizes = {t: store.count(t) for t in ("documents", "events", "entities", "mentions")}
    client = TestClient(create_app(str(db)), base_url="http://localhost")
    t0 = time.perf_counter()
    client.get("/api/relations")
    cold = (time.perf_counter() - t0) * 1000
    print(f"store {db}: " + ", ".join(f"{n} {t}" for t, n in sizes.items()))
    print(f"cold relation aggregation (first request after start or a write): {cold:.0f} ms\n")
    print(f"{'page':32} {'median ms':>10} {'max ms':>8}")
    slow = 0
    for name, url in pages(client):
        times = measure(client, url, args.repeat)
        flag = "  SLOW (>1 s)" if max(times) > 1000 else ""
        slow += bool(flag)
        print(f"{name:32} {statistics.median(times):10.1f} {max(times):8.1f}{flag}")
    print(f"\n{args.repeat} requests per page; {slow} page(s) over one second")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
