"""A relative clause on a description put beside a name tells of the named one ("Ann Lee, a banker who
held talks with X": Ann Lee held them) when the description names no actor of its own, which left the
clause's act without its side (extract/arguments.described_name); a description that names an actor
keeps it ("a Hamas commander who fired": Hamas). Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import typed_sides


@pytest.mark.parametrize("text, event_type, sides", [
    ("Marta Kowalski, a Warsaw lawyer who held talks with Gazprom last year, said the deal was close.",
     "CONSULT", ("Marta Kowalski", "Gazprom")),
    ("The inquiry questioned Dermot Hale, the former trade unionist who led the Labour Party until 1996.",
     "LEADERSHIP", ("Dermot Hale", "Labour Party")),
    ("Pieter de Wit, a Dutch businessman who sued Shell over the spill, died on Monday.",
     "ACCUSE", ("Pieter de Wit", "Shell")),
])
def test_the_clause_on_a_description_tells_of_the_name(events_named, text, event_type, sides):
    assert sides in typed_sides(events_named(text), event_type)


def test_a_description_not_beside_a_name_is_not_the_name(events_named):
    # the businessman is another person than the one whose critics cite him
    got = events_named("Critics of Pieter de Wit cited a Dutch businessman who sued Shell over the spill.")
    assert not any(subject == "Pieter de Wit" for subject, _ in typed_sides(got, "ACCUSE"))


def test_a_clause_on_the_name_itself_is_unchanged(events_named):
    got = events_named("The board fired Kurt Brenner, who had sued Siemens over his pension.")
    assert ("Kurt Brenner", "Siemens") in typed_sides(got, "ACCUSE")


def test_a_clause_on_a_thing_beside_a_name_is_the_things(events_named):
    # "the law that banned protests": the law, a thing, not the name it is put beside
    got = events_named("Critics attacked the Public Order Act, the law that banned protests near parliament.")
    assert not any(subject == "Public Order Act" for subject, _ in typed_sides(got, "COERCE"))


def test_a_description_that_names_an_actor_keeps_it(events_named):
    # the commander fired as Hamas's man: the group, as before
    got = events_named("Ali Saad, a Hamas commander who fired rockets at Israel last year, was killed on Tuesday.")
    assert ("Hamas", "Israel") in typed_sides(got, "ASSAULT")
    assert ("Ali Saad", "Israel") not in typed_sides(got, "ASSAULT")
