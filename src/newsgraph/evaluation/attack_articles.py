"""Who carried out the attack, across whole articles: bench articles whose attacks were annotated
from the text alone (tests/data/attack_articles.yaml), each with the sentence that tells it, the
attacker the article names (or null) and the target.

    python -m newsgraph.evaluation.attack_articles [--file F] [--articles ARTICLES.jsonl] [--misses]

Each article is analysed whole, as ingest does. Per part (tuning, after): found, the share of
annotated attacks whose sentence has an ASSAULT event; attacker recall, over attacks with a named
attacker, the share whose sentence has an ASSAULT event whose subject's name or an alias contains
one of the attacker's names, folded; wrong, the attacks whose sentence has an ASSAULT event with a
subject but none right (null attackers included: any subject there is one the article does not name).
The `after` part was not read while writing rules: its misses are not shown.
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

DEFAULT_FILE = ROOT / "tests" / "data" / "attack_articles.yaml"
MEASURES = ("found", "attacker", "wrong")


@dataclass
class Scorecard:
    """Per part and measure: [attacks it applies to, hits]; one line per missed attack of the tuning part."""
    counts: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: {p: {m: [0, 0] for m in MEASURES} for p in PARTS})
    misses: list[str] = field(default_factory=list)

    def rate(self, part: str, measure: str) -> float:
        n, hit = self.counts[part][measure]
        return hit / max(1, n)


def load_articles(path: str | Path = DEFAULT_FILE) -> list[dict]:
    """The annotated articles, checked: an id, a known part, attacks with a sentence."""
    return load_annotated(path, "attacks")


def score(articles: list[dict], records: dict[str, dict], analyse: Callable[[dict], Analysis],
          gazetteer=None) -> Scorecard:
    """Analyse each article with `analyse` (record -> Analysis) and count its attacks."""
    card = Scorecard()
    for art in articles:
        analysis = analyse(records[art["id"]])
        counts = card.counts[art["part"]]
        for attack in art["attacks"]:
            wanted = norm(attack["sentence"])
            events = [ev for ev in analysis.events if ev.type == "ASSAULT" and wanted in norm(ev.sentence)]
            attacker = attack.get("attacker")
            right = bool(attacker) and any(names_fit(analysis, ev.subject, attacker, gazetteer) for ev in events)
            hits = {"found": bool(events), "wrong": not right and any(ev.subject for ev in events)}
            if attacker:
                hits["attacker"] = right
            for measure, hit in hits.items():
                counts[measure][0] += 1
                counts[measure][1] += hit
            if art["part"] == "tuning" and (not events or attacker and not right or hits["wrong"]):
                got = "; ".join(describe(analysis, ev) for ev in events) or "no ASSAULT"
                card.misses.append(f"{art['id']}: {attacker} <- {attack['sentence']}\n    got: {got}")
    return card


def run(path: str | Path = DEFAULT_FILE, articles: str | Path = DEFAULT_ARTICLES) -> Scorecard:
    annotated = load_articles(path)
    records, analyse, gazetteer = analysed_set(annotated, articles)
    return score(annotated, records, analyse, gazetteer)


def report(card: Scorecard, misses: bool = False) -> str:
    lines = [f"{'part':<8} {'found':>14} {'attacker':>14} {'wrong':>14}"]
    for part in PARTS:
        cells = [f"{card.rate(part, m):.3f} ({card.counts[part][m][1]}/{card.counts[part][m][0]})" for m in MEASURES]
        lines.append(f"{part:<8} " + " ".join(f"{c:>14}" for c in cells))
    if misses:
        lines += ["", "misses (tuning part):", *card.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation.attack_articles",
                                 description="Score attackers across annotated bench articles.")
    ap.add_argument("--file", default=str(DEFAULT_FILE), help="annotated articles (YAML)")
    ap.add_argument("--articles", default=str(DEFAULT_ARTICLES), help="bench articles (JSONL)")
    ap.add_argument("--misses", action="store_true", help="list the tuning part's misses")
    args = ap.parse_args(argv)
    try:
        card = run(args.file, args.articles)
    except (OSError, ValueError) as exc:
        print(f"attack_articles: {exc}", file=sys.stderr)
        return 1
    print(report(card, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
