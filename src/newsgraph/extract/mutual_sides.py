"""Two sides that act on each other: "Armenia and Azerbaijan accused each other of shelling", "both
sides blamed one another", "the two companies sued each other". A construction reads the conjoined or
plural subject as one event per side with "each other" as an object no actor stands for; each side's
act is on the other, so the other becomes its object."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..model import Event
from ..wordlists import words

RECIPROCALS = words("mutual_sides_reciprocals")


def reciprocal(event: Event) -> bool:
    """Whether the event's object is the reciprocal pronoun and no actor (the parse may leave its first
    word alone: "one" of "blamed one another")."""
    said = (event.object_text or "").lower().strip()
    if event.object is not None:
        return False
    return said in RECIPROCALS or said in ("one", "each") and f"{said} {'another' if said == 'one' else 'other'}" \
        in str(event.sentence or "").lower()


def each_other(events: list[Event]) -> list[Event]:
    """The events with a reciprocal object given the other side as object, where the same act at the
    same word has exactly two sides as subjects; the others as they are."""
    sides: dict[tuple, set[str]] = defaultdict(set)
    for e in events:
        if reciprocal(e) and e.subject is not None:
            sides[(e.type, e.trigger_start, e.sentence)].add(e.subject)
    out = []
    for e in events:
        pair = sides.get((e.type, e.trigger_start, e.sentence), set()) if reciprocal(e) else set()
        if len(pair) == 2 and e.subject in pair:
            other = next(s for s in pair if s != e.subject)
            e = replace(e, object=other)
        out.append(e)
    return out
