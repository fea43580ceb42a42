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

DEFAULT_FILE = ROOT / "tests" / "data" / "attack_articles.yaml"
MEASURES = ("found", "attacker", "wrong")



def load_articles(path: str | Path = DEFAULT_FILE) -> list[dict]:
    """The annotated articles, checked: an id, a known part, attacks with a sentence."""
    return load_annotated(path, "attacks")


def score(articles: list[dict], records: dict[str, dict], analyse: Callable[[dict], Analysis],
          gazetteer=None) -> Scorecard:
    """Analyse each article with `analyse` (record -> Analysis) and count its attacks."""
    card = Scorecard(MEASURES)
    for art in articles:
        analysis = analyse(records[art["id"]])
        for attack in art["attacks"]:
            wanted = norm(attack["sentence"])
            events = [ev for ev in analysis.events if ev.type == "ASSAULT" and wanted in norm(ev.sentence)]
            attacker = attack.get("attacker")
            right = bool(attacker) and any(names_fit(analysis, ev.subject, attacker, gazetteer) for ev in events)
            hits = {"found": bool(events), "wrong": not right and any(ev.subject for ev in events)}
            if attacker:
                hits["attacker"] = right
            card.count(art["part"], hits)
            if art["part"] == "tuning" and (not events or attacker and not right or hits["wrong"]):
                got = "; ".join(describe(analysis, ev) for ev in events) or "no ASSAULT"
                card.misses.append(f"{art['id']}: {attacker} <- {attack['sentence']}\n    got: {got}")
    return card


def run(path: str | Path = DEFAULT_FILE, articles: str | Path = DEFAULT_ARTICLES) -> Scorecard:
    return scored_articles(path, articles, load_articles, score)


def main(argv: list[str] | None = None) -> int:
    return command("attack_articles", "Score attackers across annotated bench articles.", DEFAULT_FILE, run, argv)


if __name__ == "__main__":
    sys.exit(main())
