"""One act told by several words yields one event (extract/fragments.py), and a town that says where
a site stands is not the object of an act done to the site (extract/site_places.py). Sentences of
our own; each gave a copy of the act with a side missing, or the town as the target, before."""
from __future__ import annotations

import pytest

from named_events import typed_sides


@pytest.mark.parametrize("text, type_, full", [
    # a light verb's noun and the verb of harm that tells whom it hit
    ("A gunman opened fire at a bakery in Leeds on Monday, killing the owner, Tom Harris.", "ASSAULT",
     ("gunman", "Tom Harris")),
    # an arrest told inside the crackdown it belongs to
    ("Police in Lagos arrested 30 journalists during a crackdown on Tuesday.", "COERCE",
     ("police (Lagos)", "journalists")),
    # the charge's act and the act it names
    ("Mark Stone was charged with murder in the shooting of Paul Grant.", "ASSAULT", ("Mark Stone", "Paul Grant")),
])
def test_the_copy_without_the_side_a_word_of_the_same_act_names_is_dropped(events_named, text, type_, full):
    got = typed_sides(events_named(text), type_)
    assert full in got, got
    assert not any(o is None for _, o in got), got


def event(text: str, trigger: str, subject, object_, **quantities):
    from newsgraph.model import Event
    at = text.index(trigger)
    return Event(type="ASSAULT", subject=subject, object=object_, sentence=text, start=0, end=len(text),
                 trigger=trigger, trigger_start=at, trigger_end=at + len(trigger), quantities=quantities)


def test_acts_in_sequence_are_two_acts(nlp):
    # "after" puts one act before another: the attack is no copy of the shelling
    from newsgraph.extract.fragments import without_fragments
    text = "Troops shelled the town of Kobani after an attack on Friday."
    full, part = event(text, "shelled", "troops", "Kobani"), event(text, "attack", "troops", None)
    assert without_fragments([full, part], nlp(text)) == [full, part]
    text = "Troops shelled the town of Kobani in an attack on Friday."
    full, part = event(text, "shelled", "troops", "Kobani"), event(text, "attack", "troops", None)
    assert without_fragments([full, part], nlp(text)) == [full]


def test_an_act_with_its_own_toll_is_kept_beside_the_full_one(nlp):
    from newsgraph.extract.fragments import without_fragments
    text = "Ten people were killed and 20 were wounded in the bombing."
    doc = nlp(text)
    full, part = event(text, "killed", None, "people", killed=10), event(text, "wounded", None, None, wounded=20)
    assert without_fragments([full, part], doc) == [full, part]
    bare = event(text, "bombing", None, None)
    assert without_fragments([full, bare], doc) == [full]


@pytest.mark.parametrize("text, town", [
    ("A man opened fire at a Denver office on Friday, killing two people.", "Denver"),
    ("Protesters hurled petrol bombs at an Athens branch of Barclays on Sunday.", "Athens"),
])
def test_a_town_naming_where_a_site_stands_is_no_target(events_named, text, town):
    got = typed_sides(events_named(text), "ASSAULT")
    assert got, got
    assert not any(o == town for _, o in got), got


@pytest.mark.parametrize("text, place", [
    ("Russian forces shelled Kharkiv on Monday.", "Kharkiv"),
    ("Israeli jets struck the Zeitoun neighbourhood of Gaza City.", "Zeitoun"),
])
def test_a_place_that_was_hit_stays_the_target(events_named, text, place):
    assert any(o == place for _, o in typed_sides(events_named(text), "ASSAULT"))


def test_a_month_named_in_a_date_is_no_march(events_named):
    # "March" in a date is a time, not a protest; the verb "march" stays one
    assert not {t for t, *_ in events_named("Born March 29, 1931, in Leeds, Hall died in a Cardiff prison.")} & {"PROTEST"}
    assert any(t == "PROTEST" for t, *_ in events_named(
        "Thousands of farmers will march on parliament in Budapest on March 3."))


def test_an_owner_named_on_a_site_stays_the_target(events_named):
    # a convoy's owner, not where the convoy was: the target the attack is told of
    got = typed_sides(events_named("Israeli forces targeted a World Central Kitchen aid convoy in Deir al-Balah on Monday."), "ASSAULT")
    assert any(o == "World Central Kitchen" for _, o in got), got


def test_things_seized_with_the_people_are_the_same_act_but_a_thing_struck_is_another_strike(events_named):
    seized = typed_sides(events_named("Kenyan police on Sunday arrested 12 poachers in Tsavo and seized their rifles."), "COERCE")
    assert seized and not any(o is None for _, o in seized), seized
    struck = typed_sides(events_named("Russian forces shelled Kherson overnight and struck a power plant in Mykolaiv."), "ASSAULT")
    assert ("Russian Armed Forces", None) in struck, struck
