"""One act told by two words of one sentence is one event: "Harald Vinter is on trial, accused of fraud"
accuses him at "trial" and again at "accused"; "he will be put on trial" at "put" and at "trial". The
events of one sentence with the same sides, type and negation (at least one side named) are one act,
kept once as its strongest claim (asserted before reported, alleged, possible; the first of equals),
as graph.one_per_act counts acts in relations. Events with no side named stay apart: two lone acts
of a sentence ("a bombing in the north and a shooting in the south") are two acts."""
from __future__ import annotations

from ..model import CERTAINTIES, Event


def told_once(events: list[Event]) -> list[Event]:
    """`events` with each act of a sentence kept once, as its strongest claim, in their order."""
    best: dict[tuple, Event] = {}
    for e in events:
        if e.subject is None and e.object is None:
            continue
        key = act_key(e)
        if key not in best or claim_rank(e) < claim_rank(best[key]):
            best[key] = e
    return [e for e in events if e.subject is None and e.object is None or best[act_key(e)] is e]


def act_key(e: Event) -> tuple:
    return (e.passage, e.start, e.end, e.subject, e.type, e.object, e.negated)


def claim_rank(e: Event) -> int:
    return CERTAINTIES.index(e.certainty) if e.certainty in CERTAINTIES else len(CERTAINTIES)
