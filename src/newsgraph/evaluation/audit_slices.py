"""Precision of the audit by slice: which kinds of event are most often wrong.

Each judged event is described along a few dimensions — its type, certainty, negation, the part of
speech of its trigger, whether it has one side or two, its subject's entity type and the domain of
its document (newsgraph/domain.Context) — and the report gives right/judged per value, lowest
precision first, so that a class of wrong events shows as a slice rather than as single sentences.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..domain import Context

NONE = "-"
DIMENSIONS = ("type", "certainty", "negation", "trigger part of speech", "sides", "subject entity type",
              "document domain")


@dataclass
class Slice:
    """Counts of one value of one dimension."""
    sampled: int = 0
    judged: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / max(1, self.judged)


def sides(subject: str, object_: str) -> str:
    """"two-sided", "subject only", "object only" or "no side" (audit names, "-" for none)."""
    if subject != NONE and object_ != NONE:
        return "two-sided"
    if subject != NONE:
        return "subject only"
    return "object only" if object_ != NONE else "no side"


def trigger_pos(sentence_doc, trigger: str) -> str:
    """The coarse part of speech of the trigger's first word in its parsed sentence ("-" if absent)."""
    first = trigger.split()[0].lower() if trigger.strip() else ""
    return next((t.pos_ for t in sentence_doc if t.lower_ == first), NONE)


def describe(store, events, nlp) -> dict[str, dict[str, str]]:
    """Identity -> dimension -> value for the given audit events of a store. Parses each event's
    sentence (for the trigger's part of speech) and each document once (for its domain); the subject
    entity type is that of the entity the document names so (any document's, if several)."""
    types = {}
    for row in store.document_entities():
        types.setdefault(row["name"], row["type"])
    documents = sorted({ev.identity.split("|", 1)[0] for ev in events})
    texts = ((store.read.document(d) or {}).get("text", "") for d in documents)
    domains = {d: Context.of(doc).domain or "general" for d, doc in zip(documents, nlp.pipe(texts), strict=True)}
    out = {}
    for ev, sent in zip(events, nlp.pipe(ev.sentence for ev in events), strict=True):
        out[ev.identity] = {
            "type": ev.type, "certainty": ev.certainty, "negation": "negated" if ev.negated else "affirmed",
            "trigger part of speech": trigger_pos(sent, ev.trigger), "sides": sides(ev.subject, ev.object),
            "subject entity type": types.get(ev.subject, NONE if ev.subject == NONE else "unknown"),
            "document domain": domains[ev.identity.split("|", 1)[0]]}
    return out


def tabulate(described: dict[str, dict[str, str]], verdicts: dict[str, str | None]) -> dict[str, dict[str, Slice]]:
    """Dimension -> value -> counts, over the described events (`verdicts`: identity -> verdict or None)."""
    table: dict[str, dict[str, Slice]] = {d: defaultdict(Slice) for d in DIMENSIONS}
    for identity, values in described.items():
        verdict = verdicts.get(identity)
        for dim in DIMENSIONS:
            s = table[dim][values[dim]]
            s.sampled += 1
            s.judged += verdict is not None
            s.right += verdict == "right"
    return {d: dict(v) for d, v in table.items()}


def slices_report(table: dict[str, dict[str, Slice]]) -> str:
    """One line per dimension value: right/judged (precision), lowest precision first, and the number
    sampled when some are not judged."""
    lines = ["precision by slice (right/judged):"]
    for dim in DIMENSIONS:
        lines.append(f"  {dim}:")
        for value, s in sorted(table[dim].items(), key=lambda kv: (kv[1].precision, -kv[1].judged, kv[0])):
            unjudged = f", {s.sampled - s.judged} not judged" if s.sampled > s.judged else ""
            lines.append(f"    {value:<24} {s.right:>3}/{s.judged:<3} ({s.precision:.2f}){unjudged}")
    return "\n".join(lines)
