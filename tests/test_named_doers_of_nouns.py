"""Doers the sentence names for an act given by a noun, where the parser leaves them off the
act: the one found guilty when the "in"/"of" phrase hangs on "found" or on a time phrase ("was found
guilty last month of murder of X"), the one executed "for" a killing, and the force, state or armed
group named on the weapon that hit ("hit by police bullets"). Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, doer, victim", [
    ("Oskar Lindqvist, 41, was found guilty in murder of Hanna Berg.", "oskar lindqvist", "hanna berg"),
    ("Oskar Lindqvist, 41, was found guilty last week of the murder of Hanna Berg.", "oskar lindqvist", None),
    ("A jury found Oskar Lindqvist guilty in the murder of Hanna Berg.", "oskar lindqvist", "hanna berg"),
    ("The state voted to execute Oskar Lindqvist for the murder of his business partner.", "oskar lindqvist",
     "partner"),
])
def test_the_one_found_guilty_or_executed_for_a_killing_did_it(text, doer, victim, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(s, doer) and (victim is None or answers_to(o, victim)) for s, o in found), found


def test_the_one_executing_is_not_the_killer_of_the_victim(analyse_text, gazetteer):
    found = folded_sides(analyse_text("Utah executed Oskar Lindqvist for the killing of a prison guard."), gazetteer, "ASSAULT")
    assert not any(answers_to(s, "utah") and answers_to(o, "guard") for s, o in found), found
    assert any(answers_to(s, "oskar lindqvist") and answers_to(o, "guard") for s, o in found), found


@pytest.mark.parametrize("text, doer", [
    ("The teenager was hit three times by police bullets near the market.", "police"),
    ("The farmhouse was struck by army shells overnight.", "military"),
])
def test_a_force_named_on_the_weapon_fired_it(text, doer, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(s, doer) for s, _ in found), found


@pytest.mark.parametrize("text", [
    "The striker was hit by rubber bullets fired from the stands.",      # a kind of bullet, no one's
    "The warehouse was hit by stray rockets.",
])
def test_a_weapon_with_no_force_named_on_it_leaves_the_doer_open(text, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert all(not s for s, _ in found), found


@pytest.mark.parametrize("text", [
    "The Israeli economy's growth slowed last quarter.",
    "Police said the suspect was found guilty in the eyes of the town.",
])
def test_no_doer_where_no_act_is_named(text, analyse_text, gazetteer):
    assert not folded_sides(analyse_text(text), gazetteer, "ASSAULT"), folded_sides(analyse_text(text), gazetteer, "ASSAULT")
