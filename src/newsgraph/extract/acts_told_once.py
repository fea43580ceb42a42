"""One act told by two words of one sentence is one event: "Harald Vinter is on trial, accused of fraud"
accuses him at "trial" and again at "accused"; "he will be put on trial" at "put" and at "trial". The
events of one sentence that name only the side acted on, the same one, with the same type, negation,
place, date and counts, are one act, kept once as its strongest claim (asserted before reported, alleged,
possible) and, of equal claims, at the word told nearest that side, then the first. Events that name a
doer stay apart: "fired upon two officers, took them hostage" tells two acts, and "killing 18 people and
injuring 30" one act with two counts; relations count a doer's act told twice once (graph.one_per_act)."""
from __future__ import annotations

from ..model import CERTAINTIES, Event


def told_once(events: list[Event]) -> list[Event]:
    """`events` with each act of a sentence kept once, as its strongest claim, in their order."""
    best: dict[tuple, Event] = {}
    for e in events:
        if not one_sided(e):
            continue
        key = act_key(e)
        if key not in best or rank(e) < rank(best[key]):
            best[key] = e
    return [e for e in events if not one_sided(e) or best[act_key(e)] is e]


def one_sided(e: Event) -> bool:
    """Only the side acted on named: the accused of "is on trial, accused of fraud"."""
    return e.subject is None and e.object is not None


def act_key(e: Event) -> tuple:
    return (e.passage, e.start, e.end, e.type, e.object, e.negated, e.location, e.date,
            tuple(sorted(e.quantities.items())))


def rank(e: Event) -> tuple[int, int]:
    """The claim's strength, then how far (in characters) the trigger lies from the side acted on."""
    claim = CERTAINTIES.index(e.certainty) if e.certainty in CERTAINTIES else len(CERTAINTIES)
    return claim, distance(e, e.object_text)


def distance(e: Event, side: str) -> int:
    """Characters between the trigger and the nearest telling of `side` in the sentence; farther than any
    where the side's words are not there (an actor the event reaches through another word)."""
    at, found, spots = e.trigger_start - e.start, e.sentence.find(side) if side else -1, []
    while found >= 0:
        spots.append(min(abs(found - at), abs(found + len(side) - at)))
        found = e.sentence.find(side, found + 1)
    return min(spots, default=len(e.sentence) + 1)
