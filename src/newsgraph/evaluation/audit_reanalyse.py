"""What a change to extraction does to the audit samples, without rebuilding the store.

    python -m newsgraph.evaluation.audit --db STORE --seed 11 --reanalyse [--write]

The sampled documents are analysed again with the code as it is now, and each seed's sample is
redrawn from the store's ranked events minus those the code no longer makes; the events it drops
are listed with their judgements, and the redrawn sample's entrants are the ones to judge. Events
are matched by sentence, type and trigger (a document's own names may differ from the store's).
Events the code would add elsewhere are not seen: that needs a store built with the new code. So
this measures removals and retypings, the usual effect of a precision rule, in minutes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from ..model import Document

DOCUMENT_INIT = frozenset(f.name for f in fields(Document) if f.init)   # a stored record's fields to rebuild it


@dataclass(frozen=True, slots=True)
class Redrawn:
    removed: list          # the sample's events the code no longer makes (AuditEvent)
    sample: list           # the sample redrawn from the events it still makes


def redraw(ranked: list, size: int, made: Callable[[str], set[tuple]]) -> Redrawn:
    """`ranked`: a seed's events in sample order (audit.draw); `made(document)`: the (sentence,
    type, trigger) of the events the code makes in that document now."""
    removed, sample = [], []
    for i, ev in enumerate(ranked):
        if (ev.sentence, ev.type, ev.trigger) in made(ev.identity.split("|")[0]):
            sample.append(ev)
        elif i < size:
            removed.append(ev)
        if len(sample) == size:
            break
    return Redrawn(removed, sample)


class Reanalyser:
    """The events a store's documents yield with the code as it is now, one analysis per document."""

    def __init__(self, store, analyse_text: Callable[[Document], list] | None = None) -> None:
        self.store = store
        self.analyse_text = analyse_text or _pipeline_analysis()
        self.cache: dict[str, set[tuple]] = {}

    def __call__(self, document_id: str) -> set[tuple]:
        if document_id not in self.cache:
            record = self.store.read.document(document_id) or {}
            values = {k: tuple(v) if isinstance(v, list) else v for k, v in record.items() if k in DOCUMENT_INIT}
            events = self.analyse_text(Document(**values)) if "text" in values else []
            self.cache[document_id] = {(" ".join(e.sentence.split()), e.type, e.trigger or "") for e in events}
        return self.cache[document_id]


def _pipeline_analysis() -> Callable[[Document], list]:
    from ..extract import analyse
    from ..nlp import load_pipeline
    from ..resolve.gazetteer import load_gazetteer
    nlp, gazetteer = load_pipeline(), load_gazetteer(())
    return lambda document: analyse(document, nlp(document.text), gazetteer).events
