"""What a change to extraction does to the audit samples, without rebuilding the store.

    python -m newsgraph.evaluation.audit --db STORE --seed 11 --reanalyse [--write]

The sampled documents are analysed again with the code as it is now, and each seed's sample is
redrawn from the store's ranked events minus those the code no longer makes; the events it drops
are listed with their judgements, and the redrawn sample's entrants are the ones to judge. Events
are found again by sentence, type and trigger; an event found so whose subject, object, certainty
or negation changed is listed as changed (with the judgement of the old one) and stands in the
redrawn sample as the code makes it now, so it counts as unjudged until its new identity is
judged. Sides are compared by their in-document names, which the store keeps as the analysis
named them. Events the code would add elsewhere are not seen: that needs a store built with the
new code. So this measures removals, retypings and changed sides in minutes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace

from ..model import Analysis, Document
from .audit_event import NO_ACTOR, AuditEvent, identity

DOCUMENT_INIT = frozenset(f.name for f in fields(Document) if f.init)   # a stored record's fields to rebuild it


@dataclass(frozen=True, slots=True)
class Made:
    """An event as the code makes it now, its sides named as the store names them."""
    sentence: str
    type: str
    trigger: str
    subject: str
    object: str
    certainty: str
    negated: bool

    @property
    def key(self) -> tuple[str, str, str]:
        """What finds the stored event again: the names and flags are what may have changed."""
        return self.sentence, self.type, self.trigger


@dataclass(frozen=True, slots=True)
class Change:
    old: AuditEvent        # the stored event
    new: AuditEvent        # the same event as the code makes it now

    def differences(self) -> list[str]:
        """'subject A -> B' and the like, for each part that changed."""
        parts = [(name, getattr(self.old, name), getattr(self.new, name))
                 for name in ("subject", "object", "certainty", "negated")]
        return [f"{name} {old} -> {new}" for name, old, new in parts if old != new]


@dataclass(frozen=True, slots=True)
class Redrawn:
    removed: list[AuditEvent]      # the sample's events the code no longer makes
    sample: list[AuditEvent]       # the sample redrawn from the events it still makes
    changed: list[Change] = field(default_factory=list)   # events of `sample` the code makes otherwise now


def redraw(ranked: list[AuditEvent], size: int, made: Callable[[str], set[tuple]],
           versions: Callable[[str], list[Made]] | None = None) -> Redrawn:
    """`ranked`: a seed's events in sample order (audit.draw, over all the store's events);
    `made(document)`: the (sentence, type, trigger) of the events the code makes in that document
    now; `versions(document)`, when given, those events whole, so that changed sides are seen (and an
    event whose sentence, type and trigger now give only other stored events counts as removed)."""
    stored: dict[tuple, set[tuple[str, str]]] = {}    # (document, key) -> the stored events' sides
    for ev in ranked if versions else ():
        stored.setdefault((_document(ev), _key(ev)), set()).add((ev.subject, ev.object))
    removed, sample, changed, taken = [], [], [], set()
    for i, ev in enumerate(ranked):
        document = _document(ev)
        now = ev if _key(ev) in made(document) else None
        if now is not None and versions:
            version = _version(ev, versions(document), stored[(document, _key(ev))], taken, document)
            now = None if version is None else _as_made(ev, version)
            if now is not None and now != ev:
                changed.append(Change(ev, now))
        if now is not None:
            sample.append(now)
        elif i < size:
            removed.append(ev)
        if len(sample) == size:
            break
    return Redrawn(removed, sample, changed)


def _version(ev: AuditEvent, made: list[Made], stored_sides: set[tuple[str, str]], taken: set, document: str) -> Made | None:
    """The event the code makes now that the stored `ev` became: the one with its sides (its flags
    preferred), else one of its sentence, type and trigger whose sides no stored event has (the
    one keeping most of ev's sides). None when every such event is another stored event's."""
    same_key = [m for m in made if m.key == _key(ev) and (document, m) not in taken]
    exact = [m for m in same_key if (m.subject, m.object) == (ev.subject, ev.object)]
    new = [m for m in same_key if (m.subject, m.object) not in stored_sides]
    found = (min(exact, key=lambda m: (m.certainty, m.negated) != (ev.certainty, ev.negated)) if exact else
             max(new, key=lambda m: (m.subject == ev.subject) + (m.object == ev.object)) if new else None)
    if found is not None:
        taken.add((document, found))
    return found


def _as_made(ev: AuditEvent, version: Made) -> AuditEvent:
    """The stored event `ev` with the names and flags of the code's version, under its new identity."""
    if (version.subject, version.object, version.certainty, version.negated) == \
            (ev.subject, ev.object, ev.certainty, ev.negated):
        return ev
    return replace(ev, identity=identity(_document(ev), ev.sentence, ev.type, version.subject, version.object),
                   subject=version.subject, object=version.object, certainty=version.certainty,
                   negated=version.negated)


def change_lines(changed: list[Change], judgements: dict[str, dict]) -> list[str]:
    """One line per changed event: its old identity, what changed, and the old event's judgement."""
    lines = []
    for change in changed:
        entry = judgements.get(change.old.identity) or {}
        judged = (f"judged {entry['verdict']}" + (f" ({entry['reason']})" if entry.get("reason") else "")
                  if entry.get("verdict") else "not judged")
        lines.append(f"changed: {change.old.identity}  {'; '.join(change.differences())}  [{judged}]")
    return lines


def _document(ev: AuditEvent) -> str:
    return ev.identity.split("|")[0]


def _key(ev: AuditEvent) -> tuple[str, str, str]:
    return ev.sentence, ev.type, ev.trigger


class Reanalyser:
    """The events a store's documents yield with the code as it is now, one analysis per document."""

    def __init__(self, store, analyse_text: Callable[[Document], Analysis] | None = None) -> None:
        self.store = store
        self.analyse_text = analyse_text or _pipeline_analysis()
        self.cache: dict[str, list[Made]] = {}
        self.keys: dict[str, set[tuple]] = {}

    def __call__(self, document_id: str) -> set[tuple]:
        """The (sentence, type, trigger) of the events the document yields now."""
        if document_id not in self.keys:
            self.keys[document_id] = {m.key for m in self.versions(document_id)}
        return self.keys[document_id]

    def versions(self, document_id: str) -> list[Made]:
        """The events the document yields now, with their sides' names and flags."""
        if document_id not in self.cache:
            record = self.store.read.document(document_id) or {}
            values = {k: tuple(v) if isinstance(v, list) else v for k, v in record.items() if k in DOCUMENT_INIT}
            analysis = self.analyse_text(Document(**values)) if "text" in values else None
            names = {k: e.name for k, e in analysis.entities.items()} if analysis else {}
            self.cache[document_id] = [
                Made(" ".join(e.sentence.split()), e.type, e.trigger or "", names.get(e.subject, NO_ACTOR),
                     names.get(e.object, NO_ACTOR), e.certainty, bool(e.negated))
                for e in (analysis.events if analysis else [])]
        return self.cache[document_id]


def _pipeline_analysis() -> Callable[[Document], Analysis]:
    from ..extract import analyse
    from ..nlp import load_pipeline
    from ..resolve.gazetteer import load_gazetteer
    nlp, gazetteer = load_pipeline(), load_gazetteer(())
    return lambda document: analyse(document, nlp(document.text), gazetteer)
