"""Verbal events between parties, firms, unions, regulators and courts, across whole articles: bench
articles whose accusations, refusals, requests, threats, support, deals, talks and sanctions were
annotated from the text alone (tests/data/speech_articles.yaml), each with its type (or types any of
which will do), the sentence that tells it, and the sides the text names (null: none named).

    python -m newsgraph.evaluation.speech_articles [--file F] [--articles ARTICLES.jsonl] [--misses]

Each article is analysed whole, as ingest does. Per part (tuning, after): found, the share of
annotated events whose sentence has an event of their type; sides, over the annotated events that
name a side, the share whose sentence has an event of their type whose subject fits one of the
named subjects and whose object fits one of the named objects (a side left null is not checked;
names fit when the entity's name or an alias contains one, folded). The `after` part was not read
while writing rules: its misses are not shown.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Analysis
from .article_sets import DEFAULT_ARTICLES, PARTS, ROOT, analysed_set, load_annotated, norm
from .probes import describe
from .summaries import names_fit

DEFAULT_FILE = ROOT / "tests" / "data" / "speech_articles.yaml"
MEASURES = ("found", "sides")


@dataclass
class Scorecard:
    """Per part and measure: [events it applies to, hits]; one line per missed event of the tuning part."""
    counts: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: {p: {m: [0, 0] for m in MEASURES} for p in PARTS})
    misses: list[str] = field(default_factory=list)

    def rate(self, part: str, measure: str) -> float:
        n, hit = self.counts[part][measure]
        return hit / max(1, n)


def types_of(annotation: dict) -> set[str]:
    kind = annotation.get("type")
    return set(kind) if isinstance(kind, list) else {kind}


def load_articles(path: str | Path = DEFAULT_FILE) -> list[dict]:
    """The annotated articles, checked: an id, a known part, events with a sentence and a type."""
    articles = load_annotated(path, "events")
    for art in articles:
        if not all(ev.get("type") for ev in art["events"]):
            raise ValueError(f"{path}: article {art['id']} has an event without a type")
    return articles


def sides_fit(analysis: Analysis, event, annotation: dict, gazetteer=None) -> bool:
    return all(not annotation.get(side) or names_fit(analysis, getattr(event, side), annotation[side], gazetteer)
               for side in ("subject", "object"))


def score(articles: list[dict], records: dict[str, dict], analyse: Callable[[dict], Analysis],
          gazetteer=None) -> Scorecard:
    """Analyse each article with `analyse` (record -> Analysis) and count its annotated events."""
    card = Scorecard()
    for art in articles:
        analysis = analyse(records[art["id"]])
        counts = card.counts[art["part"]]
        for wanted in art["events"]:
            sentence, kinds = norm(wanted["sentence"]), types_of(wanted)
            events = [ev for ev in analysis.events if ev.type in kinds and sentence in norm(ev.sentence)]
            hits = {"found": bool(events)}
            if wanted.get("subject") or wanted.get("object"):
                hits["sides"] = any(sides_fit(analysis, ev, wanted, gazetteer) for ev in events)
            for measure, hit in hits.items():
                counts[measure][0] += 1
                counts[measure][1] += hit
            if art["part"] == "tuning" and not all(hits.values()):
                near = [ev for ev in analysis.events if sentence in norm(ev.sentence)]
                got = "; ".join(describe(analysis, ev) for ev in near) or "nothing"
                card.misses.append(f"{art['id']}: {'/'.join(sorted(kinds))}({wanted.get('subject')} -> "
                                   f"{wanted.get('object')}) <- {wanted['sentence']}\n    got: {got}")
    return card


def run(path: str | Path = DEFAULT_FILE, articles: str | Path = DEFAULT_ARTICLES) -> Scorecard:
    annotated = load_articles(path)
    records, analyse, gazetteer = analysed_set(annotated, articles)
    return score(annotated, records, analyse, gazetteer)


def report(card: Scorecard, misses: bool = False) -> str:
    lines = [f"{'part':<8} {'found':>14} {'sides':>14}"]
    for part in PARTS:
        cells = [f"{card.rate(part, m):.3f} ({card.counts[part][m][1]}/{card.counts[part][m][0]})" for m in MEASURES]
        lines.append(f"{part:<8} " + " ".join(f"{c:>14}" for c in cells))
    if misses:
        lines += ["", "misses (tuning part):", *card.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation.speech_articles",
                                 description="Score verbal events across annotated bench articles.")
    ap.add_argument("--file", default=str(DEFAULT_FILE), help="annotated articles (YAML)")
    ap.add_argument("--articles", default=str(DEFAULT_ARTICLES), help="bench articles (JSONL)")
    ap.add_argument("--misses", action="store_true", help="list the tuning part's misses")
    args = ap.parse_args(argv)
    try:
        card = run(args.file, args.articles)
    except (OSError, ValueError) as exc:
        print(f"speech_articles: {exc}", file=sys.stderr)
        return 1
    print(report(card, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
