"""Conflict-event summaries in the ACLED notes style ("On 3 May, militants attacked ... killing 2"),
each with the event type, the attacker and target names and the fatalities it reports.

    python -m newsgraph.evaluation.summaries [--file tests/data/summaries_tuning.yaml] [--misses]

Each summary is analysed as one document. Type recall: some event has a gold type. Attacker
(target) recall, over summaries that name one: some event of a gold type has a subject (object)
whose name or an alias contains a gold name, folded. Fatalities exact, over summaries whose toll is
known (not null): the largest `killed` over the events of a gold type (0 when none) equals gold.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import EVENT_TYPES, Analysis, Event
from ..resolve.names import fold
from . import file_scorer_main, read_test_file
from .probes import describe, names_of, text_analyser

DEFAULT_FILE = Path(__file__).resolve().parents[3] / "tests" / "data" / "summaries_tuning.yaml"
MEASURES = ("type", "attacker", "target", "fatalities")


@dataclass
class Scorecard:
    """Per measure: [summaries it applies to, hits]; and one line per summary that missed any."""
    counts: dict[str, list[int]] = field(default_factory=lambda: {m: [0, 0] for m in MEASURES})
    misses: list[str] = field(default_factory=list)

    def recall(self, measure: str) -> float:
        n, hit = self.counts[measure]
        return hit / max(1, n)


def _types(entry: dict) -> list[str]:
    wanted = entry.get("type")
    return wanted if isinstance(wanted, list) else [wanted]


def load_summaries(path: str | Path = DEFAULT_FILE) -> list[dict]:
    """The summaries of a summary file, checked: each has an id, a text and known types."""
    data = read_test_file(path, "summary", "summaries")
    for entry in data["summaries"]:
        if not isinstance(entry, dict) or not str(entry.get("text", "")).strip() \
                or not all(t in EVENT_TYPES for t in _types(entry)):
            raise ValueError(f"{path}: summary {entry!r} needs a text and known types")
        fatalities = entry.get("fatalities")
        if fatalities is not None and (not isinstance(fatalities, int) or fatalities < 0):
            raise ValueError(f"{path}: summary {entry.get('id')!r}: fatalities must be a count or null")
    return data["summaries"]


def names_fit(analysis: Analysis, key: str | None, wanted: list, gazetteer=None) -> bool:
    """Whether the entity's names or aliases contain one of the wanted names, folded."""
    names = names_of(analysis, key, gazetteer)
    return any(fold(str(w)) and fold(str(w)) in name for w in wanted for name in names)


def fatalities_of(events: list[Event]) -> int:
    return max((ev.quantities.get("killed", 0) for ev in events), default=0)


def score(summaries: list[dict], analyse: Callable[[str], Analysis], gazetteer=None) -> Scorecard:
    """Run every summary through `analyse` (text -> Analysis) and count what it finds."""
    card = Scorecard()
    for entry in summaries:
        analysis = analyse(entry["text"])
        typed = [ev for ev in analysis.events if ev.type in _types(entry)]
        hits = {"type": bool(typed)}
        if entry.get("attacker"):
            hits["attacker"] = any(names_fit(analysis, ev.subject, entry["attacker"], gazetteer) for ev in typed)
        if entry.get("target"):
            hits["target"] = any(names_fit(analysis, ev.object, entry["target"], gazetteer) for ev in typed)
        if entry.get("fatalities") is not None:
            hits["fatalities"] = fatalities_of(typed) == entry["fatalities"]
        for measure, hit in hits.items():
            card.counts[measure][0] += 1
            card.counts[measure][1] += hit
        missed = [m for m, hit in hits.items() if not hit]
        if missed:
            got = "; ".join(describe(analysis, ev) for ev in analysis.events) or "nothing"
            card.misses.append(f"{entry.get('id')} [{', '.join(missed)}] {entry['text']}\n    got: {got}")
    return card


def run(path: str | Path = DEFAULT_FILE) -> Scorecard:
    """Score the summary file with the default model and gazetteer."""
    from ..nlp import load_pipeline
    from ..resolve.gazetteer import load_gazetteer
    summaries = load_summaries(path)
    gazetteer = load_gazetteer()
    return score(summaries, text_analyser(load_pipeline(), gazetteer), gazetteer)


def report(card: Scorecard, misses: bool = False) -> str:
    lines = [f"{m + ' recall' if m != 'fatalities' else 'fatalities exact':<18} {card.recall(m):.3f} "
             f"({card.counts[m][1]}/{card.counts[m][0]})" for m in MEASURES]
    if misses:
        lines += ["", "misses:", *card.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return file_scorer_main("newsgraph.evaluation.summaries", "Score extraction on conflict-event summaries.", DEFAULT_FILE, run, report, argv)


if __name__ == "__main__":
    sys.exit(main())
