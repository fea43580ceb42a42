"""Session 49 (objects49): aid a verb gives "for" someone goes to that one ("Britain sent aid for the flood
victims": the victims), as after "to"; a "for" phrase naming no actor ("for the reconstruction", "for the
first time") leaves the aid without a recipient, and a place named so stands for its people."""
from __future__ import annotations


def rows(events) -> set[tuple]:
    return {e[:3] for e in events if e[0] == "AID"}


def test_aid_sent_for_people_goes_to_them(events_named):
    found = rows(events_named("Denmark shipped aid for the earthquake victims last week."))
    assert any(e[:2] == ("AID", "Denmark") and e[2] and "victims" in e[2] for e in found), found
    found = rows(events_named("Japan sent food aid for the refugees in Chad."))
    assert any(e[:2] == ("AID", "Japan") and e[2] and "refugees" in e[2] for e in found), found


def test_aid_sent_for_a_place_goes_to_its_people(events_named):
    assert ("AID", "Spain", "Darfur") in rows(events_named("Spain sent medical supplies for Darfur."))


def test_a_for_phrase_naming_no_actor_gives_no_recipient(events_named):
    assert rows(events_named("Germany sent aid for the reconstruction of the port.")) == {("AID", "Germany", None)}
    assert rows(events_named("Italy sent aid for the first time.")) == {("AID", "Italy", None)}
