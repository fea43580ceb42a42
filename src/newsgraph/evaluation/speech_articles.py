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

import sys
from collections.abc import Callable
from pathlib import Path

from ..model import Analysis
from .article_sets import (  # PARTS and report are part of this module's interface too
    DEFAULT_ARTICLES,
    PARTS,  # noqa: F401
    ROOT,
    Scorecard,
    command,
    load_annotated,
    norm,
    report,  # noqa: F401
    scored_articles,
)
from .probes import describe
from .summaries import names_fit

DEFAULT_FILE = ROOT / "tests" / "data" / "speech_articles.yaml"
MEASURES = ("found", "sides")



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
    card = Scorecard(MEASURES)
    for art in articles:
        analysis = analyse(records[art["id"]])
        for wanted in art["events"]:
            sentence, kinds = norm(wanted["sentence"]), types_of(wanted)
            events = [ev for ev in analysis.events if ev.type in kinds and sentence in norm(ev.sentence)]
            hits = {"found": bool(events)}
            if wanted.get("subject") or wanted.get("object"):
                hits["sides"] = any(sides_fit(analysis, ev, wanted, gazetteer) for ev in events)
            card.count(art["part"], hits)
            if art["part"] == "tuning" and not all(hits.values()):
                near = [ev for ev in analysis.events if sentence in norm(ev.sentence)]
                got = "; ".join(describe(analysis, ev) for ev in near) or "nothing"
                card.misses.append(f"{art['id']}: {'/'.join(sorted(kinds))}({wanted.get('subject')} -> "
                                   f"{wanted.get('object')}) <- {wanted['sentence']}\n    got: {got}")
    return card


def run(path: str | Path = DEFAULT_FILE, articles: str | Path = DEFAULT_ARTICLES) -> Scorecard:
    return scored_articles(path, articles, load_articles, score)


def main(argv: list[str] | None = None) -> int:
    return command("speech_articles", "Score verbal events across annotated bench articles.", DEFAULT_FILE, run, argv)


if __name__ == "__main__":
    sys.exit(main())
