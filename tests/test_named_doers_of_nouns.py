"""Doers the sentence names for an act given by a noun, where the parser leaves them off the
act: the one found guilty when the "in"/"of" phrase hangs on "found" or on a time phrase ("was found
guilty last month of murder of X"), the one executed "for" a killing, and the force, state or armed
group named on the weapon that hit ("hit by police bullets"). Sentences written for these tests."""
import pytest

from newsgraph.evaluation.probes import names_of
from newsgraph.resolve.names import fold


def sides(analysis, gazetteer, typ="ASSAULT") -> list[tuple[set[str], set[str]]]:
    return [(names_of(analysis, e.subject, gazetteer), names_of(analysis, e.object, gazetteer))
            for e in analysis.events if e.type == typ]


def named(wanted: str, names: set[str]) -> bool:
    return any(fold(wanted) in name for name in names)


@pytest.mark.parametrize("text, doer, victim", [
    ("Oskar Lindqvist, 41, was found guilty in murder of Hanna Berg.", "oskar lindqvist", "hanna berg"),
    ("Oskar Lindqvist, 41, was found guilty last week of the murder of Hanna Berg.", "oskar lindqvist", None),
    ("A jury found Oskar Lindqvist guilty in the murder of Hanna Berg.", "oskar lindqvist", "hanna berg"),
    ("The state voted to execute Oskar Lindqvist for the murder of his business partner.", "oskar lindqvist",
     "partner"),
])
def test_the_one_found_guilty_or_executed_for_a_killing_did_it(text, doer, victim, analyse_text, gazetteer):
    found = sides(analyse_text(text), gazetteer)
    assert any(named(doer, s) and (victim is None or named(victim, o)) for s, o in found), found


def test_the_one_executing_is_not_the_killer_of_the_victim(analyse_text, gazetteer):
    found = sides(analyse_text("Utah executed Oskar Lindqvist for the killing of a prison guard."), gazetteer)
    assert not any(named("utah", s) and named("guard", o) for s, o in found), found
    assert any(named("oskar lindqvist", s) and named("guard", o) for s, o in found), found


@pytest.mark.parametrize("text, doer", [
    ("The teenager was hit three times by police bullets near the market.", "police"),
    ("The farmhouse was struck by army shells overnight.", "military"),
])
def test_a_force_named_on_the_weapon_fired_it(text, doer, analyse_text, gazetteer):
    found = sides(analyse_text(text), gazetteer)
    assert any(named(doer, s) for s, _ in found), found


@pytest.mark.parametrize("text", [
    "The striker was hit by rubber bullets fired from the stands.",      # a kind of bullet, no one's
    "The warehouse was hit by stray rockets.",
])
def test_a_weapon_with_no_force_named_on_it_leaves_the_doer_open(text, analyse_text, gazetteer):
    found = sides(analyse_text(text), gazetteer)
    assert all(not s for s, _ in found), found


@pytest.mark.parametrize("text", [
    "The Israeli economy's growth slowed last quarter.",
    "Police said the suspect was found guilty in the eyes of the town.",
])
def test_no_doer_where_no_act_is_named(text, analyse_text, gazetteer):
    assert not sides(analyse_text(text), gazetteer), sides(analyse_text(text), gazetteer)
