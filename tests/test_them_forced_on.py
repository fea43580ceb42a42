"""A "them" that police or troops act on is the civil people just told of (resolve/they_pronouns.forced_on):
"Riot police used tear gas to disperse them" after protesters marched. Sentences written for newsgraph."""
from __future__ import annotations


def test_them_dispersed_by_police_is_the_protesters(events_named):
    found = set(events_named("Hundreds of farmers blocked the motorway near Lille on Monday. "
                             "French police fired tear gas to disperse them."))
    assert any(t == "ASSAULT" and o == "farmers" for t, _, o in found), found


def test_them_detained_by_soldiers_is_the_students(events_named):
    found = set(events_named("Students occupied the main campus in Yangon. Soldiers later detained some of them."))
    assert any(t == "COERCE" and o == "students" for t, _, o in found), found


def test_them_urged_by_civil_people_is_not_forced_on(events_named):
    found = set(events_named("The activists sent letters to the ministries urging them to act."))
    assert not any(o == "activists" for _, _, o in found), found
