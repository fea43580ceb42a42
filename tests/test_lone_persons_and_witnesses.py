"""A name before one man or woman, or before a witness, does not stand for that person: "a Vermont
man" is a resident, "their witness" is not the prosecutors (extract/arguments.modifier_actor with
described_sides.lone_person and the outsider nouns). Sentences are our own."""
from __future__ import annotations


def test_a_place_before_one_man_is_no_actor(events_named):
    events = events_named("An arraignment is scheduled for Monday for a Hartford, Connecticut man accused of "
                          "murdering two students.")
    assert not any(e[1] == "Connecticut" for e in events)


def test_an_armed_group_before_one_man_still_stands_for_it(events_named):
    assert ("ASSAULT", "Hamas", None) in events_named("A Hamas man fired rockets at Sderot.")


def test_a_witness_is_not_the_owner_of_the_word(events_named):
    events = events_named("The judge closed the court because the prosecutors' key witness had been threatened "
                          "by the defendant's cousin.")
    assert not any(e[0] == "THREATEN" and e[2] == "prosecutors" for e in events)
