"""An event's type follows what its verb acts on where the verb alone says too little
(data/lexicon/object_classes.yaml): forces sent are a deployment, envoys recalled a sanction, a loan
approved or help offered is aid, a pardon granted a concession; the same verbs with other objects keep
their own type. Sentences written for newsgraph."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text, wanted, wrong", [
    # forces sent or moved: MOBILIZE, not aid to the soldiers
    ("Colombia's president sent the army into the streets of Cali after the looting.", "MOBILIZE", "AID"),
    ("The Pentagon dispatched a second aircraft carrier to the Red Sea on Sunday.", "MOBILIZE", "AID"),
    ("Kenya rushed police to the border town of Mandera after the raid.", "MOBILIZE", "AID"),
    # envoys called home: SANCTION, not a material retreat
    ("Chile withdrew 12 diplomats from Venezuela after the election dispute.", "SANCTION", "RETREAT"),
    # money or help approved or offered for someone: AID, not an agreement
    ("The Asian Development Bank approved a $400 million loan for Bangladesh.", "AID", "AGREE"),
    ("Greece offered help to Albania after the floods in Tirana.", "AID", "AGREE"),
    # clemency granted: CONCEDE
    ("Ghana's president granted a pardon to 800 prisoners on Independence Day.", "CONCEDE", "AID"),
])
def test_the_object_gives_the_type(analyse_text, text, wanted, wrong):
    found = event_types(analyse_text(text), relations=False)
    assert wanted in found and wrong not in found, found


@pytest.mark.parametrize("text, kept", [
    # weapons and supplies sent to a side are aid; a plan approved is agreed; a firm's move is no deployment
    ("Iran sent drones and missiles to the Houthis in Yemen.", "AID"),
    ("Jordan sent medical supplies to Gaza on Monday.", "AID"),
    ("Israel approved Egypt's request to hold talks in Cairo.", "AGREE"),
])
def test_other_objects_keep_the_verbs_type(analyse_text, text, kept):
    found = event_types(analyse_text(text), relations=False)
    assert kept in found and "MOBILIZE" not in found, found


def test_a_firm_moving_its_offices_deploys_nothing(analyse_text):
    assert "MOBILIZE" not in event_types(analyse_text("The bank moved its headquarters from London to Dublin."), relations=False)


@pytest.mark.parametrize("text", [
    "Pakistan sent troops to help flood victims in Sindh.",
    "India dispatched two warships to help Sri Lanka after the cyclone.",
])
def test_forces_sent_to_help_are_aid_not_a_deployment(analyse_text, text):
    found = event_types(analyse_text(text), relations=False)
    assert "AID" in found and "MOBILIZE" not in found, found


@pytest.mark.parametrize("text", [
    "Police and soldiers were deployed to lead rescue efforts after the landslide in Kerala.",
    "The army sent 2,000 soldiers to join relief operations in the flooded province.",
    "Chile deployed troops for rescue work after the quake.",
    "India sent soldiers for the relief effort in Assam.",
])
def test_forces_sent_for_relief_work_are_no_deployment(analyse_text, text):
    assert "MOBILIZE" not in event_types(analyse_text(text), relations=False)


@pytest.mark.parametrize("text", [
    "Turkey sent troops to support the operation against the militants.",
    "Kenya deployed police for the elections in Nairobi.",
    "Nigeria deployed soldiers to the town to end the riots.",
])
def test_forces_sent_for_other_work_stay_a_deployment(analyse_text, text):
    assert "MOBILIZE" in event_types(analyse_text(text), relations=False)


def test_forces_sent_to_a_border_stay_a_deployment(analyse_text):
    assert "MOBILIZE" in event_types(analyse_text("Turkey sent troops to its border with Syria on Monday."), relations=False)


@pytest.mark.parametrize("text", [
    # a time after "for" is how long the violence lasted, no reason for criticism
    "Israel attacked Gaza for three days.",
    "Russian forces struck Kharkiv for the second night in a row.",
])
def test_violence_for_a_time_stays_violence(analyse_text, text):
    found = event_types(analyse_text(text), relations=False)
    assert "ASSAULT" in found and "ACCUSE" not in found, found


def test_an_attack_on_someone_for_what_they_did_is_criticism(analyse_text):
    found = event_types(analyse_text("Labour attacked the chancellor for his record on climate."), relations=False)
    assert "ACCUSE" in found and "ASSAULT" not in found, found


@pytest.mark.parametrize("text", [
    "Egypt permitted aid trucks into Gaza on Sunday.",
    "Myanmar allowed foreign journalists to enter Rakhine state.",
])
def test_letting_others_into_a_place_is_access(analyse_text, text):
    found = event_types(analyse_text(text), relations=False)
    assert "RETREAT" in found and "CONCEDE" not in found, found


def test_other_permissions_stay_concessions(analyse_text):
    found = event_types(analyse_text("Israel allowed Egypt to deploy more troops in Sinai."), relations=False)
    assert "CONCEDE" in found and "RETREAT" not in found, found


@pytest.mark.parametrize("text", [
    "Qantas will suspend the Chinese flights from 1 May.",
    "Nigeria suspended its debt payments to the Paris Club.",
])
def test_suspending_an_activity_is_no_sanction(analyse_text, text):
    assert "SANCTION" not in event_types(analyse_text(text), relations=False)


@pytest.mark.parametrize("text", [
    "The African Union suspended Mali from the bloc after the coup.",
    "The Labour Party suspended a councillor in Bradford over the posts.",
    "Algeria suspended exports of gas to Spain.",
])
def test_suspending_someone_or_a_trade_stays_a_sanction(analyse_text, text):
    assert "SANCTION" in event_types(analyse_text(text), relations=False)


def test_halting_ones_own_attacks_is_a_ceasefire(analyse_text):
    found = event_types(analyse_text("Russia suspended its air strikes on Aleppo for three days."), relations=False)
    assert "RETREAT" in found and "SANCTION" not in found, found


def test_ties_someone_claims_are_no_cooperation(analyse_text):
    text = "The SEC accused Acme of paying $2m to an unnamed agent in Ghana claiming ties with President Mahama."
    assert "COOPERATE" not in event_types(analyse_text(text), relations=False)


def test_ties_kept_up_stay_cooperation(analyse_text):
    assert "COOPERATE" in event_types(analyse_text("Jordan maintained ties with Israel throughout the war."), relations=False)


def test_help_offered_to_no_one_named_is_a_promise(analyse_text):
    # PLOVER AID has a recipient: an offer of aid to nobody named is an offer (AGREE)
    found = event_types(analyse_text("Japan offered emergency aid."), relations=False)
    assert "AGREE" in found and "AID" not in found, found


def test_envoys_called_home_sanction_the_state_they_leave(events_named):
    rows = events_named("Chile withdrew 12 diplomats from Venezuela after the election dispute.")
    assert ("SANCTION", "Chile", "Venezuela") in rows, rows


def test_censoring_reports_is_repression(analyse_text):
    assert "COERCE" in event_types(analyse_text("Vietnam censored reports about the floods in Hanoi."), relations=False)


def test_fighters_recruited_are_a_mobilisation(analyse_text):
    found = event_types(analyse_text("Niger's junta recruited thousands of fighters to take on the jihadists in Tillaberi."), relations=False)
    assert "MOBILIZE" in found, found


def test_staff_recruited_by_a_firm_mobilise_nothing(analyse_text):
    assert "MOBILIZE" not in event_types(analyse_text("Infosys recruited 2,000 engineers in Pune last year."), relations=False)


def test_volunteers_recruited_by_a_charity_mobilise_nothing(analyse_text):
    assert "MOBILIZE" not in event_types(analyse_text("The Red Cross recruited 500 volunteers in Accra for the vaccine drive."), relations=False)


@pytest.mark.parametrize(("text", "target"), [
    ("Egypt suspended Qatar Airways' flights to Cairo.", "katar"),
    ("The Venezuelan government suspended the broadcasts of CNN for a month.", "CNN"),
])
def test_suspending_another_actors_activity_is_a_sanction_on_it(analyse_text, text, target):
    found = [e for e in analyse_text(text).events if e.type == "SANCTION"]
    assert found and target in (found[0].object or ""), found


def test_halting_another_sides_offensive_is_no_ceasefire(analyse_text):
    assert "RETREAT" not in event_types(analyse_text("Ukrainian forces halted the Russian offensive near Kharkiv."), relations=False)


def test_a_state_suspending_an_activity_acts_on_others_unless_it_is_its_own(analyse_text):
    assert "SANCTION" in event_types(analyse_text("The Kenyan government suspended the vote count in Nairobi."), relations=False)
    assert "SANCTION" not in event_types(analyse_text("Egypt suspended its debt payments to the IMF."), relations=False)
