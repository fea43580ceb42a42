"""Coreference accuracy (tests/data/coref_dev.yaml, the after-set tests/data/coref_test.yaml):
pronouns and definite descriptions of bench articles, each with the actor it refers to.

    python -m newsgraph.evaluation.coref [--file tests/data/coref_dev.yaml]
        [--articles ../shared/bench/articles.jsonl] [--misses]

A mention is right when the entity the analysis ties it to answers to the annotated actor's name
(its name or an alias; a government or armed forces also to its country's), or, for "none", when no
entity is tied to it. Accuracy is the share of mentions that are right, also given per kind of
mention (he/she, it, they, description). The after-set's misses are not shown: reading them would
turn it into tuning data.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Analysis
from ..resolve.names import fold
from . import file_scorer_main, held_out, read_test_file
from .article_sets import analysed_set
from .probes import names_of

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_FILE = ROOT / "tests" / "data" / "coref_dev.yaml"
DEFAULT_ARTICLES = ROOT.parent / "shared" / "bench" / "articles.jsonl"
MARKED = re.compile(r"\[([^\]]+)\]")
NONE = "none"
KINDS = {"he": "he/she", "him": "he/she", "she": "he/she", "her": "he/she", "it": "it",
         "they": "they", "them": "they"}


@dataclass(frozen=True, slots=True)
class Item:
    """One annotated mention: its article, its text around it ([mention] marked) and the answers
    accepted for it (names, or "none")."""
    article: str
    at: str
    actors: tuple[str, ...]

    @property
    def word(self) -> str:
        return MARKED.search(self.at).group(1)

    @property
    def kind(self) -> str:
        return KINDS.get(self.word.lower(), "description")


@dataclass
class Scorecard:
    """Right and total per kind of mention, and the mentions got wrong."""
    kinds: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(n for n, _ in self.kinds.values())

    @property
    def right(self) -> int:
        return sum(r for _, r in self.kinds.values())

    @property
    def accuracy(self) -> float:
        return self.right / max(1, self.total)


def load_items(path: str | Path = DEFAULT_FILE) -> list[Item]:
    """The annotated mentions of a coreference file, in file order."""
    data = read_test_file(path, "coreference", "articles")
    items = []
    for article in data["articles"]:
        for m in article.get("mentions") or []:
            actors = m.get("actor")
            actors = tuple(str(a) for a in (actors if isinstance(actors, list) else [actors]) if a is not None)
            if not MARKED.search(str(m.get("at", ""))) or not actors:
                raise ValueError(f"{path}: mention {m!r} of {article.get('id')} needs an 'at' with a "
                                 "[mention] and an 'actor'")
            items.append(Item(str(article["id"]), str(m["at"]), actors))
    return items


def locate(text: str, at: str) -> tuple[int, int]:
    """Character offsets of the [marked] mention of `at` in `text` (the context must occur once)."""
    match = MARKED.search(at)
    plain = at[:match.start()] + match.group(1) + at[match.end():]
    where = text.find(plain)
    if where < 0 or text.find(plain, where + 1) >= 0:
        raise ValueError(f"context {at!r} does not occur exactly once in its article")
    start = where + match.start()
    return start, start + len(match.group(1))


def entity_at(analysis: Analysis, start: int, end: int) -> str | None:
    """The entity of the shortest mention covering the span, or None."""
    covering = [m for m in analysis.mentions if m.start <= start and end <= m.end]
    return min(covering, key=lambda m: m.end - m.start).entity if covering else None


def is_right(analysis: Analysis, key: str | None, actors: tuple[str, ...], gazetteer=None) -> bool:
    if key is None:
        return NONE in actors
    names = names_of(analysis, key, gazetteer)
    return any(fold(a) in names for a in actors if a != NONE)


def score(items: list[Item], analyse_article: Callable[[str], Analysis], gazetteer=None) -> Scorecard:
    """Score every mention; `analyse_article` gives the Analysis of a bench article by id."""
    card = Scorecard()
    analyses: dict[str, Analysis] = {}
    for item in items:
        if item.article not in analyses:
            analyses[item.article] = analyse_article(item.article)
        analysis = analyses[item.article]
        start, end = locate(analysis.document.text, item.at)
        key = entity_at(analysis, start, end)
        ok = is_right(analysis, key, item.actors, gazetteer)
        row = card.kinds[item.kind]
        row[0] += 1
        row[1] += ok
        if not ok:
            got = analysis.entities[key].name if key in analysis.entities else (key or NONE)
            card.misses.append(f"{item.article}: {item.at}\n    want {' | '.join(item.actors)}; got {got}")
    return card


def run(path: str | Path = DEFAULT_FILE, articles: str | Path = DEFAULT_ARTICLES) -> Scorecard:
    """Score a coreference file with the default model and gazetteer."""
    items = load_items(path)
    records, analyse, gazetteer = analysed_set([{"id": i.article} for i in items], articles)
    return score(items, lambda article: analyse(records[article]), gazetteer)


def report(card: Scorecard, misses: bool = False) -> str:
    lines = [f"{'kind':<12} {'n':>4} {'right':>6} {'acc':>6}"]
    lines += [f"{k:<12} {n:>4} {r:>6} {r / max(1, n):>6.3f}" for k, (n, r) in sorted(card.kinds.items())]
    lines.append(f"mentions: {card.total}  accuracy {card.accuracy:.3f} ({card.right}/{card.total})")
    if misses:
        lines += ["", "misses:", *card.misses]
    return "\n".join(lines)


def after_set(path: str | Path) -> bool:
    """The after-set (coref_test.yaml) and held-out files: scores only, never their misses."""
    return held_out(path) or Path(path).stem.endswith("_test")


def main(argv: list[str] | None = None) -> int:
    return file_scorer_main("newsgraph.evaluation.coref", "Score coreference on annotated bench mentions.",
                            DEFAULT_FILE, run, report, argv, articles=DEFAULT_ARTICLES, hidden=after_set)

if __name__ == "__main__":
    sys.exit(main())
