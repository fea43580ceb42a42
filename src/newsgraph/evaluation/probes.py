"""Probe sentences (tests/data/probes.yaml): short news sentences of every PLOVER type, each with
the event it must yield, and negative sentences whose violence words are not events.

    python -m newsgraph.evaluation.probes [--file tests/data/probes.yaml] [--misses]

Type recall: the sentence yields an event of the expected type. Actor recall: one such event also
has the expected subject and object (null = not checked; symmetric types either way round).
Attributes: certainty, negated and killed, checked on probes that state them. Negative
false-positive rate: share of negative sentences that yield a conflict event (or, for a negative
that lists `types`, an event of one of those types).
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import EVENT_TYPES, Analysis, Event
from ..resolve.names import fold
from . import CONFLICT_TYPES, file_scorer_main, read_test_file

DEFAULT_FILE = Path(__file__).resolve().parents[3] / "tests" / "data" / "probes.yaml"
SYMMETRIC = {"CONSULT", "COOPERATE"}   # either side may be the subject, as in the seed scorer
COUNTRY_SUFFIX = re.compile(r"\s*\([^)]*\)$")   # "protesters (Kenya)" also answers to "protesters"


@dataclass
class Scorecard:
    """Counts per expected type, and the negative sentences that yielded a conflict event."""
    probes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    attributes: list[int] = field(default_factory=lambda: [0, 0])
    negatives: int = 0
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def total(self, column: int) -> int:
        return sum(row[column] for row in self.probes.values())

    @property
    def type_recall(self) -> float:
        return self.total(1) / max(1, self.total(0))

    @property
    def actor_recall(self) -> float:
        return self.total(2) / max(1, self.total(0))

    @property
    def attribute_accuracy(self) -> float:
        return self.attributes[1] / max(1, self.attributes[0])

    @property
    def negative_fp_rate(self) -> float:
        return len(self.false_positives) / max(1, self.negatives)

    def per_type(self) -> dict[str, tuple[int, float, float]]:
        return {t: (n, hit / n, actor / n) for t, (n, hit, actor) in sorted(self.probes.items())}


def load_probes(path: str | Path = DEFAULT_FILE) -> tuple[list[dict], list[dict]]:
    """The positive probes and the negative sentences of a probe file."""
    data = read_test_file(path, "probe", "probes")
    for probe in data["probes"]:
        if probe.get("type") not in EVENT_TYPES or not str(probe.get("text", "")).strip():
            raise ValueError(f"{path}: probe {probe!r} needs a text and a known type")
    return data["probes"], data.get("negatives") or []


STATE_BODIES = {"GOVERNMENT", "MILITARY"}   # a country's government or forces answer to its name


def _entity_names(analysis: Analysis, key: str, gazetteer) -> tuple[tuple[str, ...], str | None, str] | None:
    if key in analysis.entities:
        ent = analysis.entities[key]
        return (ent.name, *ent.aliases), ent.parent, ent.type
    actor = gazetteer.actors.get(key.removeprefix("gaz:")) if gazetteer and key.startswith("gaz:") else None
    if actor is None:
        return None
    return (actor.name, *actor.aliases), (f"gaz:{actor.parent}" if actor.parent else None), actor.type


def names_of(analysis: Analysis, key: str | None, gazetteer=None) -> set[str]:
    """Folded names an entity answers to: its name and aliases and, for a government or armed
    forces, those of the country they belong to."""
    names: set[str] = set()
    seen: set[str] = set()
    while key and key not in seen:
        seen.add(key)
        found = _entity_names(analysis, key, gazetteer)
        if found is None:
            break
        for name in found[0]:
            names.update({fold(name), fold(COUNTRY_SUFFIX.sub("", name))})
        key = found[1] if found[2] in STATE_BODIES else None
    return names - {""}


def _role_matches(analysis: Analysis, key: str | None, wanted, gazetteer=None) -> bool:
    if wanted is None:
        return True
    options = wanted if isinstance(wanted, list) else [wanted]
    names = names_of(analysis, key, gazetteer)
    return any(fold(str(w)) in names for w in options)


def actors_match(analysis: Analysis, ev: Event, probe: dict, gazetteer=None) -> bool:
    subject, object_ = probe.get("subject"), probe.get("object")

    def fits(key, wanted):
        return _role_matches(analysis, key, wanted, gazetteer)
    if fits(ev.subject, subject) and fits(ev.object, object_):
        return True
    return ev.type in SYMMETRIC and fits(ev.subject, object_) and fits(ev.object, subject)


def attributes_match(ev: Event, probe: dict) -> bool:
    if "certainty" in probe and ev.certainty != probe["certainty"]:
        return False
    if "negated" in probe and ev.negated != bool(probe["negated"]):
        return False
    return "killed" not in probe or ev.quantities.get("killed") == probe["killed"]


def describe(analysis: Analysis, ev: Event) -> str:
    def name(key):
        return analysis.entities[key].name if key in analysis.entities else "-"
    return (f"{ev.type}({name(ev.subject)} -> {name(ev.object)}, {ev.certainty}"
            f"{', negated' if ev.negated else ''}{', ' + str(ev.quantities) if ev.quantities else ''})")


def score(probes: list[dict], negatives: list[dict], analyse: Callable[[str], Analysis],
          gazetteer=None) -> Scorecard:
    """Run every probe through `analyse` (text -> Analysis) and count what it finds; the gazetteer
    names the countries that governments and forces belong to."""
    card = Scorecard()
    for probe in probes:
        analysis = analyse(probe["text"])
        typed = [ev for ev in analysis.events if ev.type == probe["type"]]
        actors = [ev for ev in typed if actors_match(analysis, ev, probe, gazetteer)]
        row = card.probes[probe["type"]]
        row[0] += 1
        row[1] += bool(typed)
        row[2] += bool(actors)
        if {"certainty", "negated", "killed"} & probe.keys():
            card.attributes[0] += 1
            card.attributes[1] += any(attributes_match(ev, probe) for ev in actors or typed)
        if not actors:
            got = "; ".join(describe(analysis, ev) for ev in analysis.events) or "nothing"
            card.misses.append(f"{probe['type']}: {probe['text']}\n    got: {got}")
    for negative in negatives:
        card.negatives += 1
        analysis = analyse(negative["text"])
        banned = negative.get("types") or CONFLICT_TYPES
        bad = [describe(analysis, ev) for ev in analysis.events if ev.type in banned]
        if bad:
            card.false_positives.append(f"{negative['text']}\n    got: {'; '.join(bad)}")
    return card


def text_analyser(nlp, gazetteer) -> Callable[[str], Analysis]:
    """Resolution and extraction on a bare sentence."""
    from ..extract import analyse
    from ..model import Document
    return lambda text: analyse(Document(source="probe", text=text), nlp(text), gazetteer)


def run(path: str | Path = DEFAULT_FILE) -> Scorecard:
    """Score the probe file with the default model and gazetteer."""
    from ..nlp import load_pipeline
    from ..resolve.gazetteer import load_gazetteer
    probes, negatives = load_probes(path)
    gazetteer = load_gazetteer()
    return score(probes, negatives, text_analyser(load_pipeline(), gazetteer), gazetteer)


def report(card: Scorecard, misses: bool = False) -> str:
    lines = [f"{'type':<12} {'n':>3} {'type':>6} {'actors':>6}"]
    lines += [f"{t:<12} {n:>3} {tr:>6.2f} {ar:>6.2f}" for t, (n, tr, ar) in card.per_type().items()]
    lines.append(f"probes: {card.total(0)}  type recall {card.type_recall:.3f}  actor recall "
                 f"{card.actor_recall:.3f}  attributes {card.attribute_accuracy:.3f} "
                 f"({card.attributes[1]}/{card.attributes[0]})")
    lines.append(f"negatives: {card.negatives}  false-positive rate {card.negative_fp_rate:.3f}")
    if misses:
        lines += ["", "misses:", *card.misses, "", "false positives:", *card.false_positives]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return file_scorer_main("newsgraph.evaluation.probes", "Score extraction on the probe sentences.", DEFAULT_FILE, run, report, argv)


if __name__ == "__main__":
    sys.exit(main())
