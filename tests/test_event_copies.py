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


def test_one_sides_lone_act_at_two_words_of_a_sentence_is_one_act():
    # "The senator attacked the bill, calling it unfair": one criticism with no other side named, at two words
    kept = without_lesser_copies([event("ACCUSE", "senator", None, at=12), event("ACCUSE", "senator", None, at=40)])
    assert [e.trigger_start for e in kept] == [12]


def test_lone_acts_said_otherwise_or_in_other_sentences_stay_apart():
    negated = Event(type="ACCUSE", subject="senator", object=None, sentence="s", start=0, end=40, trigger_start=30,
                    negated=True)
    other_sentence = Event(type="ACCUSE", subject="senator", object=None, sentence="t", start=41, end=80,
                           trigger_start=50)
    events = [event("ACCUSE", "senator", None, at=12), negated, other_sentence, event("ACCUSE", "mayor", None, at=20)]
    assert without_lesser_copies(events) == events


def test_a_thing_the_gate_clears_leaves_no_copy_beside_the_people_conjunct(events_named):
    # the boats' country is read as an object, then the gate finds the boats no actor: one capture, of the crew
    found = events_named("Pirates seized two Nigerian oil tankers and 14 Nigerian fishermen off the coast.")
    assert found == {("COERCE", "Pirates", "fishermen (Nigeria)")}, found
