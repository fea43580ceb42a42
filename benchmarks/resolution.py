"""Benchmark: actor resolution over the shared article corpus at growing sizes.

    python -m benchmarks.resolution [--shared ../shared] [--sizes 1000,2000,3000] [--cache DIR]

Parsing is not what is measured: the articles are parsed once with the newsgraph pipeline and
the parsed documents cached (DocBin) under --cache (default: the system temp folder), so later
runs only resolve. For each size it prints the time of in-document resolution
(resolve_document) and of cross-document clustering (resolve.corpus.cluster_keys), per 1,000
mentions; with blocking both should stay about flat as the corpus grows.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(path: Path, limit: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(texts) >= limit:
                break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            text = "\n\n".join(p for p in (rec.get("title"), rec.get("text")) if p)
            if text.strip():
                texts.append(text)
    return texts


def parsed_docs(articles: Path, limit: int, cache_dir: Path):
    """The first `limit` articles parsed, from the cache when it holds them."""
    from spacy.tokens import DocBin

    from newsgraph.nlp import load_pipeline

    nlp = load_pipeline()
    cache = cache_dir / f"newsgraph-bench-docs-{limit}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    texts = load_texts(articles, limit)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    print(f"parsed {len(docs)} articles in {time.perf_counter() - t0:.0f} s (cached in {cache})", file=sys.stderr)
    DocBin(docs=docs).to_disk(cache)
    return docs


def key_infos(resolutions):
    """What resolve.corpus.collect_keys reads from the store, built from the resolutions."""
    from newsgraph.resolve.corpus import KeyInfo

    infos: dict[str, KeyInfo] = {}
    for res in resolutions:
        counts = Counter(m.entity for m in res.mentions)
        for key, ent in res.entities.items():
            info = infos.get(key)
            if info is None:
                info = infos[key] = KeyInfo(key, type=ent.type, country=ent.country, parent=ent.parent,
                                            reason=ent.reason)
            info.documents += 1
            info.names[ent.name] += 1
            for a in ent.aliases:
                info.names[a] += 0
            info.mentions += counts.get(key, 0)
    return infos


def run(docs, sizes: list[int]) -> list[dict]:
    from newsgraph.resolve.corpus import cluster_keys
    from newsgraph.resolve.document import resolve_document
    from newsgraph.resolve.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    rows = []
    for size in sizes:
        batch = docs[:size]
        t0 = time.perf_counter()
        resolutions = [resolve_document(doc, gaz) for doc in batch]
        t_doc = time.perf_counter() - t0
        mentions = sum(len(r.mentions) for r in resolutions)
        infos = key_infos(resolutions)
        t1 = time.perf_counter()
        uf = cluster_keys(infos, gaz)
        t_corpus = time.perf_counter() - t1
        entities = len({uf.find(k) for k in infos})
        per_k = 1000 / max(1, mentions)
        rows.append({"articles": len(batch), "mentions": mentions, "keys": len(infos), "entities": entities,
                     "document_s": t_doc, "corpus_s": t_corpus,
                     "document_ms_per_1k": t_doc * 1000 * per_k, "corpus_ms_per_1k": t_corpus * 1000 * per_k})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (bench/articles.jsonl)")
    ap.add_argument("--sizes", default="1000,2000,3000", help="corpus sizes in articles, comma-separated")
    ap.add_argument("--cache", default=tempfile.gettempdir(), help="folder for the parsed-document cache")
    a, _ = ap.parse_known_args(argv)
    articles = Path(a.shared) / "bench" / "articles.jsonl"
    if not articles.exists():
        print(f"{articles}: not found (give --shared)", file=sys.stderr)
        return 2
    sizes = sorted(int(s) for s in a.sizes.split(",") if s.strip())
    docs = parsed_docs(articles, max(sizes), Path(a.cache))
    rows = run(docs, sizes)
    print("resolution benchmark (parsing excluded)")
    print(f"{'articles':>8} {'mentions':>9} {'keys':>7} {'entities':>8} {'in-doc s':>9} {'ms/1k':>7}"
          f" {'corpus s':>9} {'ms/1k':>7}")
    for r in rows:
        print(f"{r['articles']:>8} {r['mentions']:>9} {r['keys']:>7} {r['entities']:>8} {r['document_s']:>9.2f}"
              f" {r['document_ms_per_1k']:>7.1f} {r['corpus_s']:>9.3f} {r['corpus_ms_per_1k']:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
