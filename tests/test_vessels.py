"""A merchant or fishing vessel attacked, threatened or hijacked is the act's target, named by its own
words and never by its flag's state (extract/vessels.py). Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text, wanted", [
    # a civil vessel by its noun or a civil word, acted on by an armed group
    ("Gunmen in two speedboats threatened a merchant vessel off the Nigerian coast.", ("THREATEN", "merchant vessel")),
    ("Armed robbers fired at a cargo ship anchored outside the harbour.", ("ASSAULT", "cargo ship")),
    ("Militants tried to hijack an oil tanker in the Strait of Hormuz.", ("ASSAULT", "oil tanker")),
    # a bare ship is a civil target of pirates
    ("Pirates tried to storm a ship in the Arabian Sea.", ("ASSAULT", "ship")),
    # the state of a flag stands for no side: the ship does
    ("Pirates hijacked a Maltese-flagged freighter on Sunday.", ("ASSAULT", "Maltese-flagged freighter")),
])
def test_a_civil_vessel_acted_on_is_the_target(text, wanted, events_named):
    found = {(t, o) for t, _s, o in events_named(text)}
    assert wanted in found, found


@pytest.mark.parametrize("text, trigger", [
    # a state's seizure of boats is no hijacking; a force's ship is the force's, not a civil vessel
    ("The navy seized two small boats used by smugglers.", "seized"),
    ("Rebels fired rockets at a navy ship off the coast.", "fired"),
    # people seized with the vessels are the side
    ("Pirates seized two oil tankers and 14 fishermen off the coast.", "seized"),
])
def test_no_vessel_where_a_force_owns_it_or_people_are_named(text, trigger, analyse_text):
    analysis = analyse_text(text)
    objects = [analysis.entities[e.object].name for e in analysis.events
               if e.trigger == trigger and e.object in analysis.entities]
    assert not any(name.endswith(("boats", "ship", "tankers")) for name in objects), objects


def test_a_counted_vessel_is_named_without_its_count(events_named):
    found = {o for t, _s, o in events_named("Pirates have attacked nearly 60 vessels off the coast this year.")}
    assert "vessels" in found, found
