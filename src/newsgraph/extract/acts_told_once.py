"""One act told by two words of one sentence is one event: "Harald Vinter is on trial, accused of fraud"
accuses him at "trial" and again at "accused"; "he will be put on trial" at "put" and at "trial". The
events of one sentence with the same sides, type and negation (at least one side named) are one act,
kept once as its strongest claim (asserted before reported, alleged, possible), as graph.one_per_act
counts acts in relations; of equal claims, the word told nearest the side acted on (its object, or its
subject where it has none: "convicted of murder for the stabbing of Paul Grange": the stabbing), then the
first. Events with no side named stay apart: two lone acts
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
        if key not in best or rank(e) < rank(best[key]):
            best[key] = e
    return [e for e in events if e.subject is None and e.object is None or best[act_key(e)] is e]


def act_key(e: Event) -> tuple:
    return (e.passage, e.start, e.end, e.subject, e.type, e.object, e.negated)


def rank(e: Event) -> tuple[int, int]:
    """The claim's strength, then how far (in characters) the trigger lies from the side acted on."""
    claim = CERTAINTIES.index(e.certainty) if e.certainty in CERTAINTIES else len(CERTAINTIES)
    return claim, distance(e, e.object_text if e.object is not None else e.subject_text)


def distance(e: Event, side: str) -> int:
    """Characters between the trigger and the nearest telling of `side` in the sentence; farther than any
    where the side's words are not there (an actor the event reaches through another word)."""
    at, found, spots = e.trigger_start - e.start, e.sentence.find(side) if side else -1, []
    while found >= 0:
        spots.append(min(abs(found - at), abs(found + len(side) - at)))
        found = e.sentence.find(side, found + 1)
    return min(spots, default=len(e.sentence) + 1)
