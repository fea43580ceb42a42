"""Conflict events per 100 documents of each bench category: sport, film and business articles
report no conflict, so what extraction finds there is mostly false positives.

    python -m newsgraph.evaluation.domains --db STORE [--articles ../shared/bench/articles.jsonl]
                                           [--category sport]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from ..store import Store
from . import CONFLICT_TYPES

DEFAULT_ARTICLES = Path(__file__).resolve().parents[4] / "shared" / "bench" / "articles.jsonl"


@dataclass(frozen=True, slots=True)
class DomainRate:
    category: str
    documents: int
    conflict_events: int

    @property
    def per_100(self) -> float:
        return 100 * self.conflict_events / max(1, self.documents)


def categories(articles: str | Path) -> dict[str, str]:
    """Bench record id -> category, from the bench JSONL."""
    found: dict[str, str] = {}
    try:
        with open(articles, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    found[str(record["id"])] = str(record.get("category") or "")
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{articles}: cannot read bench categories ({exc})") from exc
    return found


def conflict_rates(store: Store, category_of: dict[str, str]) -> dict[str, DomainRate]:
    """Per category: stored documents whose input carries a bench id (source PATH#ID), and their
    conflict events (negated ones included: a negated battle in a match report is still wrong)."""
    documents: dict[str, str] = {}
    for source, document in store.read.input_documents():
        bench_id = source.rsplit("#", 1)[-1] if "#" in source else None
        if bench_id in category_of:
            documents[document] = category_of[bench_id]
    events = Counter()
    for document in store.read.event_documents(CONFLICT_TYPES):
        if document in documents:
            events[documents[document]] += 1
    sizes = Counter(documents.values())
    return {c: DomainRate(c, sizes[c], events[c]) for c in sorted(sizes)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation.domains",
                                 description="Conflict events per 100 documents of each bench category.")
    ap.add_argument("--db", required=True, help="store built from the bench articles")
    ap.add_argument("--articles", default=str(DEFAULT_ARTICLES), help="the bench JSONL (for categories)")
    ap.add_argument("--category", help="report only this category")
    args = ap.parse_args(argv)
    try:
        category_of = categories(args.articles)
        with Store(args.db, readonly=True) as store:
            rates = conflict_rates(store, category_of)
    except (StoreError, ValueError) as exc:
        print(f"domains: {exc}", file=sys.stderr)
        return 1
    if args.category and args.category not in rates:
        print(f"domains: no documents of category {args.category!r} in {args.db}", file=sys.stderr)
        return 1
    shown = [r for r in rates.values() if args.category in (None, r.category)]
    if args.category is None:   # ECB+ news topics (ecb+topic-N) as one line
        news = [r for r in shown if r.category.startswith("ecb+")]
        shown = [r for r in shown if r not in news]
        if news:   # a store without ECB+ articles gets no empty line for them
            shown.append(DomainRate("ecb+ (all)", sum(r.documents for r in news),
                                    sum(r.conflict_events for r in news)))
    for rate in shown:
        print(f"{rate.category:<14} {rate.documents:>5} docs {rate.conflict_events:>5} conflict events "
              f"{rate.per_100:>6.1f} per 100 docs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
