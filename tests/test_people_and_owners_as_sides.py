"""Sides named through a nationality or an owner (extract/stand_ins.py, extract/undergone_by_owner.py,
the military sector nouns of words/resolve.yaml): people a state names act in their own name ("British
Muslims", "thousands of Iraqis"), a state's peacekeepers and commandos are its forces, and the owner of
an act noun who undergoes the act ("the reporter's killing", "Sarajevo's siege") is never its doer nor
the one a criticism of it faults. Sentences of our own."""
from __future__ import annotations

import pytest


def sides(events_named, text: str, typ: str) -> set[tuple]:
    return {(s, o) for t, s, o in events_named(text) if t == typ}


@pytest.mark.parametrize("text, typ, people", [
    # a people other than the state's own name
    ("Iraqi Kurds protested against the Turkish government.", "PROTEST", "Kurds (Iraq)"),
    ("British Jews complained to the BBC about the programme.", "ACCUSE", "Jews (United Kingdom)"),
    # the state's own people, counted or told apart
    ("Thousands of Iraqis protested against the new law in Basra.", "PROTEST", "Iraqis"),
    ("Many Americans protested against the war outside the White House.", "PROTEST", "Americans"),
    ("Two Canadians attacked a police officer in Miami.", "ASSAULT", "Canadians"),
    # a relation too: the nationals joined, not their state
    ("Three British nationals joined al-Shabab in Somalia.", "AFFILIATION", "nationals (United Kingdom)"),
])
def test_people_a_state_names_act_in_their_own_name(events_named, text, typ, people):
    assert {s for s, _ in sides(events_named, text, typ)} == {people}


@pytest.mark.parametrize("text, typ", [
    ("Rebels killed four Nigerian peacekeepers near the border.", "ASSAULT"),
    ("Gunmen ambushed Kenyan commandos on the coast road.", "ASSAULT"),
])
def test_a_states_peacekeepers_and_commandos_are_its_forces(events_named, text, typ):
    objects = {o for _, o in sides(events_named, text, typ)}
    assert len(objects) == 1 and next(iter(objects)).endswith("military")


@pytest.mark.parametrize("text, typ", [
    ("The union condemned the reporter's killing.", "ACCUSE"),
    ("Police arrested Ali Hassan on Monday. Amnesty condemned his arrest.", "ACCUSE"),
    ("Detectives investigating the teenager's murder appealed for witnesses.", "ACCUSE"),
])
def test_one_an_act_is_done_to_is_not_faulted_for_it(events_named, text, typ):
    found = sides(events_named, text, typ)
    assert found and all(o is None for _, o in found)


@pytest.mark.parametrize("text, accused", [
    # a state, a group before a noun of force or custody still acts
    ("Rights groups condemned China's detentions.", "China"),
    ("Washington condemned the cartel's killings.", "cartel"),
])
def test_a_state_or_group_owning_an_act_still_did_it(events_named, text, accused):
    assert {o for _, o in sides(events_named, text, "ACCUSE")} == {accused}


@pytest.mark.parametrize("text, typ, place", [
    ("The UN condemned Sarajevo's siege.", "COERCE", "Sarajevo"),
    ("Aid agencies condemned the West Bank's occupation by Israel.", "ASSAULT", "West Bank"),
])
def test_a_place_owning_a_noun_of_force_undergoes_it(events_named, text, typ, place):
    assert {o for _, o in sides(events_named, text, typ)} == {place}
    assert all(o != place for _, o in sides(events_named, text, "ACCUSE"))
