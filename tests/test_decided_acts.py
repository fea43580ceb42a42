"""The owner of a decision does the act its infinitive tells, for an event made with no subject
(extract/decided_acts.py). Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text, type_, doer", [
    ("Oil firms reacted cautiously to Brazil's decision to bar foreign companies from the auction.", "COERCE", "Brazil"),
    ("The decision by Ghana to expel the Nigerian traders caused anger in Lagos.", "SANCTION", "Ghana"),
    # a light verb's object noun stands for the infinitive (session 45)
    ("Canada's decision to impose sanctions on Nicaraguan officials was announced on Friday.", "SANCTION", "Canada"),
    ("Turkey's decision to launch air strikes on Kurdish militants in Syria drew criticism.", "ASSAULT", "Turkey"),
])
def test_the_decision_owner_is_the_doer(text, type_, doer, analyse_text):
    assert doer in {s for s, _ in named_sides(analyse_text(text), type_)}


def test_an_unowned_decision_names_no_doer(analyse_text):
    got = named_sides(analyse_text("The decision to expel the Nigerian traders caused anger in Lagos."), "SANCTION")
    assert got and all(s is None for s, _ in got)


def test_a_light_verb_outside_a_decision_gives_no_owner(analyse_text):
    got = named_sides(analyse_text("Canada's envoy said sanctions on Nicaraguan officials were imposed on Friday."), "SANCTION")
    assert "Canada" not in {s for s, _ in got}


@pytest.mark.parametrize("text, type_, doer, other", [
    # a decision's or plan's named owner makes an event of an infinitive naming another side (session 45)
    ("Nigeria's decision to deploy troops to Niger was criticised by ECOWAS.", "MOBILIZE", "Nigeria", "Niger"),
    ("Hungary's plans to send weapons to Serbia were revealed on Monday.", "AID", "Hungary", "Serbia"),
    ("Rwanda's offer to send troops to Mozambique was accepted in Maputo.", "MOBILIZE", "Rwanda", "Mozambique"),
    ("Belarus's pledge to supply weapons to Venezuela was signed in Caracas.", "AID", "Belarus", "Venezuela"),
    ("The Turkish decision to deploy troops to Libya angered Egypt.", "MOBILIZE", "Turkey", "Libya"),
])
def test_an_owner_does_an_infinitive_naming_another_side(text, type_, doer, other, analyse_text):
    assert (doer, other) in named_sides(analyse_text(text), type_)


@pytest.mark.parametrize("text, type_", [
    ("Hungary's plans to send weapons to Serbia were revealed on Monday.", "AID"),
    ("Rwanda's offer to send troops to Mozambique was accepted in Maputo.", "MOBILIZE"),
])
def test_a_planned_or_offered_act_is_only_possible(text, type_, analyse_text):
    got = named_sides(analyse_text(text), type_, "certainty")
    assert got and all(c == "possible" for *_, c in got)



def test_a_capital_owning_a_decision_is_its_government(analyse_text):
    got = named_sides(analyse_text("Ankara's decision to expel two Dutch diplomats angered The Hague."), "SANCTION")
    assert any(s and "Turk" in s for s, _ in got)


def test_a_capital_owning_a_place_stays_a_place(analyse_text):
    analysis = analyse_text("Ankara's mayor opened a new metro line on Sunday.")
    assert not any("Turk" in e.name for e in analysis.entities.values())
