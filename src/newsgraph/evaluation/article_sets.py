"""What the whole-article evaluation sets share (attack_articles, speech_articles): bench articles
annotated from the text alone, each in a part (`tuning`, read while writing rules; `after`, not),
analysed whole as ingest does, and their annotations matched on a folded sentence substring."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Analysis
from . import file_scorer_main, read_test_file

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_ARTICLES = ROOT.parent / "shared" / "bench" / "articles.jsonl"
PARTS = ("tuning", "after")


@dataclass
class Scorecard:
    """Per part and measure: [annotations it applies to, hits]; one line per miss of the tuning part."""
    measures: tuple[str, ...]
    counts: dict[str, dict[str, list[int]]] = field(init=False)
    misses: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.counts = {p: {m: [0, 0] for m in self.measures} for p in PARTS}

    def count(self, part: str, hits: dict[str, bool]) -> None:
        for measure, hit in hits.items():
            self.counts[part][measure][0] += 1
            self.counts[part][measure][1] += hit

    def rate(self, part: str, measure: str) -> float:
        n, hit = self.counts[part][measure]
        return hit / max(1, n)


def report(card: Scorecard, misses: bool = False) -> str:
    lines = [f"{'part':<8} " + " ".join(f"{m:>14}" for m in card.measures)]
    for part in PARTS:
        cells = [f"{card.rate(part, m):.3f} ({card.counts[part][m][1]}/{card.counts[part][m][0]})" for m in card.measures]
        lines.append(f"{part:<8} " + " ".join(f"{c:>14}" for c in cells))
    if misses:
        lines += ["", "misses (tuning part):", *card.misses]
    return "\n".join(lines)


def command(name: str, description: str, default_file: Path, run: Callable[..., Scorecard],
            argv: list[str] | None = None) -> int:
    """The command line of an article set; its after part's misses are never in the report."""
    return file_scorer_main(f"newsgraph.evaluation.{name}", description, default_file, run, report, argv,
                            articles=DEFAULT_ARTICLES, hidden=lambda _path: False)


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def load_annotated(path: str | Path, key: str) -> list[dict]:
    """The annotated articles of a YAML file, checked: an id, a known part, and a list `key` of
    annotations that each have a sentence."""
    data = read_test_file(path, "annotation", "articles")
    for art in data["articles"]:
        if not isinstance(art, dict) or not art.get("id") or art.get("part") not in PARTS \
                or not isinstance(art.get(key), list) \
                or not all(isinstance(a, dict) and str(a.get("sentence", "")).strip() for a in art[key]):
            raise ValueError(f"{path}: article {art!r} needs an id, a part in {PARTS} and {key} with a sentence")
    return data["articles"]


def bench_records(path: str | Path, ids: set[str]) -> dict[str, dict]:
    """The JSONL records of the wanted ids."""
    found = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if record.get("id") in ids:
                    found[record["id"]] = record
    missing = ids - set(found)
    if missing:
        raise ValueError(f"{path}: articles missing: {', '.join(sorted(missing))}")
    return found


def record_analyser(nlp, gazetteer) -> Callable[[dict], Analysis]:
    """Resolution and extraction of a JSONL record, as ingest makes its document."""
    from ..extract import analyse
    from ..ingest import record_to_document
    return lambda record: analyse(doc := record_to_document(record, f"bench#{record['id']}"), nlp(doc.text), gazetteer)


def analysed_set(annotated: list[dict], articles: str | Path = DEFAULT_ARTICLES):
    """The bench records of the annotated articles, an analyser and the gazetteer."""
    from ..nlp import load_pipeline
    from ..resolve.gazetteer import load_gazetteer
    records = bench_records(articles, {a["id"] for a in annotated})
    gazetteer = load_gazetteer()
    return records, record_analyser(load_pipeline(), gazetteer), gazetteer


def scored_articles(path: str | Path, articles: str | Path, load: Callable[[str | Path], list[dict]],
                    score: Callable[..., Scorecard]) -> Scorecard:
    """An article set's run: its annotated articles (`load`), their bench records analysed, `score`d."""
    annotated = load(path)
    records, analyse, gazetteer = analysed_set(annotated, articles)
    return score(annotated, records, analyse, gazetteer)
