"""Precision audit: a seeded random sample of events from a store, judged by hand.

    python -m newsgraph.evaluation.audit --db STORE [--seed 11 [--seed 29 ...]] [--size 100]
                                         [--file tests/data/precision_audit.yaml] [--write] [--slices]

Prints each sampled event (sentence, type, subject, object) with its judgement, then, per seed,
the share judged right (all events, and PLOVER events without the AFFILIATION/LEADERSHIP
relations), the reasons for wrong ones, and the sampled events not judged yet. Judgements are
keyed by an event identity that survives re-ingest (document id, sentence hash, type, subject
and object names), so after extraction changes only new events need judging; one file holds the
judgements of every seed. --write adds the unjudged sampled events to the file with an empty
verdict, ready to fill in, and keeps the file's header comments (the record of runs). --slices
adds precision by slice (type, certainty, negation, trigger part of speech, sides, subject entity
type, document domain; evaluation/audit_slices.py). --reanalyse analyses the sampled documents again
with the code as it is and redraws each sample without the events it no longer makes, listing
those and the sampled events whose subject, object, certainty or negation changed, with their old
judgements (evaluation/audit_reanalyse.py): a precision rule measured without rebuilding the store.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import StoreError
from ..model import SENTENCE_RELATION_TYPES
from ..store import Store
from . import audit_reanalyse, audit_slices
from .audit_event import NO_ACTOR, AuditEvent, identity
from .devgold import held_out_articles

DEFAULT_FILE = Path(__file__).resolve().parents[3] / "tests" / "data" / "precision_audit.yaml"
VERDICTS = ("right", "wrong")
REASONS = ("wrong actor", "wrong object", "not an event", "wrong type", "inanimate actor",
           "wrong negation or certainty", "other")
HEADER = ("# Precision audit of bench events, judged by hand (newsgraph.evaluation.audit).\n"
          f"# verdict: {' | '.join(VERDICTS)}; reason (when wrong): {' | '.join(REASONS)}.\n")


def store_events(store: Store) -> list[AuditEvent]:
    """Every event of the store once per identity, in identity order (independent of ingest order)."""
    found: dict[str, AuditEvent] = {}
    for row in store.read.events_with_names():
        subject, object_ = row["subject"] or NO_ACTOR, row["object"] or NO_ACTOR
        key = identity(row["document"], row["sentence"], row["type"], subject, object_)
        found.setdefault(key, AuditEvent(key, row["source"], " ".join(row["sentence"].split()), row["type"],
                                         subject, object_, row["trigger"] or "", row["certainty"],
                                         bool(row["negated"])))
    return [found[k] for k in sorted(found)]


def draw(events: list[AuditEvent], size: int = 100, seed: int = 11) -> list[AuditEvent]:
    """The `size` events whose seeded hash of their identity ranks lowest: a random sample that an
    extraction change alters only by the events it adds or removes, so a re-run needs only those
    judged (a sample drawn from the list itself would be redrawn whole by one new event)."""
    def rank(event: AuditEvent) -> str:
        return hashlib.sha256(f"{seed}|{event.identity}".encode()).hexdigest()
    return sorted(events, key=rank)[:size]


def load_judgements(path: str | Path) -> dict[str, dict]:
    """Judgements by event identity; a missing file holds none."""
    path = Path(path)
    if not path.exists():
        return {}
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read judgements ({str(exc).splitlines()[0]})") from exc
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "id" in e for e in entries):
        raise ValueError(f"{path}: expected a list of entries, each with an 'id'")
    for entry in entries:
        if entry.get("verdict") not in (*VERDICTS, None):
            raise ValueError(f"{path}: {entry['id']}: verdict must be one of {', '.join(VERDICTS)}")
        if entry.get("verdict") == "wrong" and entry.get("reason") not in REASONS:
            raise ValueError(f"{path}: {entry['id']}: reason must be one of {', '.join(REASONS)}")
    return {e["id"]: e for e in entries}


def save_judgements(path: str | Path, judgements: dict[str, dict]) -> None:
    """Write the judgements under the file's own leading comments (its record of runs), or under
    the standard header for a new file."""
    path = Path(path)
    header = HEADER
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept = "".join(line for line in lines[:next((i for i, x in enumerate(lines) if not x.startswith("#")),
                                                       len(lines))])
        header = kept or HEADER
    text = yaml.safe_dump(list(judgements.values()), allow_unicode=True, sort_keys=False, width=110)
    path.write_text(header + text, encoding="utf-8")


def template(ev: AuditEvent) -> dict:
    return {"id": ev.identity, "verdict": None, "reason": None, "note": None, "type": ev.type,
            "subject": ev.subject, "object": ev.object, "certainty": ev.certainty, "negated": ev.negated,
            "sentence": ev.sentence}


def judgement_of(ev: AuditEvent, judgements: dict[str, dict]) -> dict | None:
    """The judgement that holds for the event as stored. The identity leaves out certainty and
    negation, so a judgement records the ones it was made on; once the code changes them the event
    is judged again (entries written before flags were recorded hold for any)."""
    entry = judgements.get(ev.identity)
    if entry is None or stale(entry, ev):
        return None
    return entry


def stale(entry: dict, ev: AuditEvent) -> bool:
    return ("certainty" in entry and entry["certainty"] != ev.certainty) or \
        ("negated" in entry and bool(entry["negated"]) != ev.negated)


def rejudge(entry: dict, ev: AuditEvent) -> dict:
    """A fresh entry for an event whose certainty or negation changed, its old verdict kept in the note."""
    old = f"{entry.get('certainty')}" + (", negated" if entry.get("negated") else "")
    was = f"{entry.get('verdict')}" + (f" ({entry['reason']})" if entry.get("reason") else "")
    return {**template(ev), "note": f"judged {was} when {old}" + (f": {entry['note']}" if entry.get("note") else "")}


@dataclass
class AuditSummary:
    judged: int
    right: int
    reasons: Counter
    unjudged: list[AuditEvent]
    by_type: dict[str, tuple[int, int]]      # type -> (judged, right)

    @property
    def precision(self) -> float:
        return self.right / max(1, self.judged)

    @property
    def plover(self) -> tuple[int, int]:
        """(judged, right) of the PLOVER events, without the standing relations."""
        judged = sum(n for t, (n, _) in self.by_type.items() if t not in SENTENCE_RELATION_TYPES)
        return judged, sum(r for t, (_, r) in self.by_type.items() if t not in SENTENCE_RELATION_TYPES)


def summarise(sample: list[AuditEvent], judgements: dict[str, dict]) -> AuditSummary:
    verdicts = [(judgement_of(ev, judgements) or {}).get("verdict") for ev in sample]
    reasons = Counter(judgements[ev.identity].get("reason") for ev, v in zip(sample, verdicts, strict=False) if v == "wrong")
    judged, right = Counter(), Counter()
    for ev, v in zip(sample, verdicts, strict=False):
        judged[ev.type] += v is not None
        right[ev.type] += v == "right"
    return AuditSummary(judged=sum(v is not None for v in verdicts), right=verdicts.count("right"),
                        reasons=reasons, unjudged=[ev for ev, v in zip(sample, verdicts, strict=False) if v is None],
                        by_type={t: (judged[t], right[t]) for t in sorted(judged) if judged[t]})


def show(index: int, ev: AuditEvent, judgement: dict | None, held_out: frozenset[str] = frozenset()) -> str:
    """The event with its sentence and judgement; an event of a held-out dev-set article (`held_out`: bench
    ids) only as a line saying so, since rule writers read these samples and the article must stay unseen."""
    if ev.source.rsplit("#", 1)[-1] in held_out:
        return f"[{index}] (an event of a held-out dev-set article: not shown)"
    flags = f"{ev.certainty}{', negated' if ev.negated else ''}"
    verdict = "UNJUDGED"
    if judgement and judgement.get("verdict"):
        verdict = judgement["verdict"] + (f" ({judgement['reason']})" if judgement.get("reason") else "")
    return (f"[{index}] {ev.type}  {ev.subject} -> {ev.object}  ({flags}; trigger '{ev.trigger}')  {verdict}\n"
            f"    {ev.source.rsplit('/', 1)[-1]}: {ev.sentence}\n    id: {ev.identity}")


def report(summary: AuditSummary, size: int, seed: int | None = None, *, list_unjudged: bool = True) -> str:
    judged, right = summary.plover
    lines = [f"{'' if seed is None else f'seed {seed}: '}sample {size}, judged {summary.judged}, "
             f"right {summary.right}, precision {summary.precision:.2f}; PLOVER events (without "
             f"AFFILIATION/LEADERSHIP) {right}/{judged} ({right / max(1, judged):.2f})"]
    lines += [f"  wrong: {reason}: {n}" for reason, n in summary.reasons.most_common()]
    lines.append("by type (right/judged): " + ", ".join(f"{t} {r}/{n}" for t, (n, r) in summary.by_type.items()))
    if summary.unjudged:
        lines.append(f"not judged yet ({len(summary.unjudged)})" + (":" if list_unjudged else ""))
        lines += [f"  {ev.identity}" for ev in summary.unjudged if list_unjudged]   # ids hold the sides' names
    return "\n".join(lines)


def slices(store: Store, seeds: dict[int, list[AuditEvent]], judgements: dict[str, dict]) -> str:
    """The precision-by-slice report over the events of every seed's sample (each event once)."""
    from ..nlp import load_pipeline  # noqa: PLC0415  (slow import; only for --slices)

    sampled = list({ev.identity: ev for sample in seeds.values() for ev in sample}.values())
    described = audit_slices.describe(store, sampled, load_pipeline())
    verdicts = {ev.identity: (judgement_of(ev, judgements) or {}).get("verdict") for ev in sampled}
    return audit_slices.slices_report(audit_slices.tabulate(described, verdicts))


def verdict_counts(identities: list[str], judgements: dict[str, dict]) -> str:
    """' (right R, wrong W, unjudged U)' for events listed by identity, or '' for none."""
    if not identities:
        return ""
    verdicts = Counter((judgements.get(key) or {}).get("verdict") or "unjudged" for key in identities)
    return f" (right {verdicts['right']}, wrong {verdicts['wrong']}, unjudged {verdicts['unjudged']})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation.audit",
                                 description="Draw and score a hand-judged sample of stored events.")
    ap.add_argument("--db", required=True, help="store built from the bench articles")
    ap.add_argument("--seed", type=int, action="append",
                    help="sample seed (repeatable: one report per seed; default 11)")
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--file", default=str(DEFAULT_FILE), help="judgements (YAML)")
    ap.add_argument("--write", action="store_true", help="add unjudged sampled events to the file")
    ap.add_argument("--quiet", action="store_true", help="only the summary")
    ap.add_argument("--reanalyse", action="store_true",
                    help="analyse the sampled documents again with the code as it is and redraw each "
                         "sample without the events it no longer makes (lists them, and the events whose "
                         "sides or flags changed)")
    ap.add_argument("--show-held-out", action="store_true",
                    help="print the events of held-out dev-set articles too (for auditors, never for rule writers)")
    ap.add_argument("--slices", action="store_true",
                    help="precision by event type, certainty, negation, trigger part of speech, sides, "
                         "subject entity type and document domain, over all the seeds' samples")
    args = ap.parse_args(argv)
    held_out = frozenset() if args.show_held_out else held_out_articles()
    try:
        with Store(args.db, readonly=True) as store:
            events = store_events(store)
            judgements = load_judgements(args.file)
            seeds = {seed: draw(events, args.size, seed) for seed in args.seed or [11]}
            if args.reanalyse:
                made = audit_reanalyse.Reanalyser(store)
                for seed in seeds:
                    redrawn = audit_reanalyse.redraw(draw(events, len(events), seed), args.size, made,
                                                     made.versions)
                    seeds[seed] = redrawn.sample
                    print(f"seed {seed}: {len(redrawn.removed)} sampled events no longer made"
                          f"{verdict_counts([ev.identity for ev in redrawn.removed], judgements)}")
                    print(f"seed {seed}: {len(redrawn.changed)} sampled events changed (sides or flags)"
                          f"{verdict_counts([ch.old.identity for ch in redrawn.changed], judgements)}")
                    if args.quiet:  # counts only: --quiet is how seeds nobody may read are measured
                        continue
                    for ev in redrawn.removed:
                        print("  " + show(0, ev, judgements.get(ev.identity), held_out).replace("\n", "\n  "))
                    shown = [ch for ch in redrawn.changed if ch.old.source.rsplit("#", 1)[-1] not in held_out]
                    for line in audit_reanalyse.change_lines(shown, judgements):
                        print("  " + line)
                    if len(shown) < len(redrawn.changed):
                        print(f"  ({len(redrawn.changed) - len(shown)} of held-out dev-set articles: not shown)")
            if args.slices:
                print(slices(store, seeds, judgements) + "\n")
    except (StoreError, ValueError) as exc:
        print(f"audit: {exc}", file=sys.stderr)
        return 1
    added = 0
    for seed, sample in seeds.items():
        if not args.quiet:
            for i, ev in enumerate(sample, 1):
                print(show(i, ev, judgement_of(ev, judgements), held_out))
            print()
        summary = summarise(sample, judgements)
        print(report(summary, len(sample), seed, list_unjudged=not args.quiet))
        if args.write:
            new = {ev.identity: rejudge(judgements[ev.identity], ev) if ev.identity in judgements else template(ev)
                   for ev in summary.unjudged
                   if ev.identity not in judgements or judgements[ev.identity].get("verdict") is not None}
            judgements.update(new)
            added += len(new)
    if added:
        save_judgements(args.file, judgements)
        print(f"added {added} unjudged events to {args.file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
