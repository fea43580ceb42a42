"""One act found twice at the same word, once with a side missing: the fuller reading is kept."""
from __future__ import annotations

from newsgraph.extract.events import without_lesser_copies
from newsgraph.model import Event


def event(type_: str, subject: str | None, obj: str | None, at: int = 10) -> Event:
    return Event(type=type_, subject=subject, object=obj, sentence="s", start=0, end=40, trigger_start=at)


def test_the_reading_without_the_other_side_is_dropped_when_one_with_it_exists():
    kept = without_lesser_copies([event("REJECT", "uber", None), event("REJECT", "uber", "rmt")])
    assert [(e.subject, e.object) for e in kept] == [("uber", "rmt")]


def test_the_reading_without_the_doer_is_dropped_when_one_with_it_exists():
    kept = without_lesser_copies([event("ASSAULT", None, "village"), event("ASSAULT", "rebels", "village")])
    assert [(e.subject, e.object) for e in kept] == [("rebels", "village")]


def test_other_words_types_and_sides_are_other_acts():
    events = [event("REJECT", "uber", None), event("REJECT", "uber", "rmt", at=50),
              event("ACCUSE", "uber", "rmt"), event("REJECT", "lyft", "rmt"), event("ASSAULT", None, None)]
    assert without_lesser_copies(events) == events
