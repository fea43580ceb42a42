"""Acts told as sought or as due are not done (extract/undone_acts.py); questions put are no request, a task
executed is no killing (extract/everyday.py); an alert about what others may do is no threat (extract/
warnings.py); "the central bank" is the central bank named before, not the last bank (resolve/kinds.py).
Sentences of our own."""
from __future__ import annotations

import pytest


def types(events_named, text: str) -> set[str]:
    return {row[0] for row in events_named(text)}


@pytest.mark.parametrize(("text", "absent"), [
    ("The opposition demanded the arrest of the general.", "COERCE"),
    ("The group demanded the expulsion of the ambassador.", "SANCTION"),
    ("Yukos will seek sanctions against Baikal in a US court.", "SANCTION"),
    ("France demanded tougher sanctions on Syria.", "SANCTION"),
])
def test_an_act_demanded_or_sought_is_not_done(events_named, text, absent):
    assert absent not in types(events_named, text)


def test_the_demand_itself_stays_and_a_done_act_noun_is_kept(events_named):
    assert ("REQUEST", "France", "Syria") in events_named("France demanded tougher sanctions on Syria.")
    assert ("SANCTION", "European Union", "Syria") in events_named("The EU imposed sanctions on Syria last year.")


@pytest.mark.parametrize("text", [
    "Union leaders say it is time for the chairman to quit.",
    "The time has come for the president to step down.",
    "Now is the time for the rebels to lay down their arms.",
    "It is high time the government released the prisoners.",
])
def test_an_act_it_is_time_to_do_is_a_call_not_the_act(events_named, text):
    assert "RETREAT" not in types(events_named, text)


def test_a_time_told_as_past_keeps_its_act(events_named):
    assert "COERCE" in types(events_named, "The last time police raided the camp, they arrested 40 people.")


@pytest.mark.parametrize("text", [
    "We were asked by the committee all kinds of questions about the night.",
    "Detectives asked the suspect a series of questions about the robbery.",
])
def test_questions_put_are_no_request(events_named, text):
    assert "REQUEST" not in types(events_named, text)


def test_an_act_asked_for_is_still_a_request(events_named):
    assert "REQUEST" in types(events_named, "The union asked the company for a pay rise.")


def test_a_search_executed_is_no_killing(events_named):
    text = "During the search of the Happy Valley Farm, executed after an anonymous call, officers found weapons."
    assert "ASSAULT" not in types(events_named, text)
    assert "ASSAULT" in types(events_named, "Iran executed two men convicted of drug smuggling.")


@pytest.mark.parametrize("text", [
    "The Financial Conduct Authority has warned insurers that organised gangs may be applying for jobs in call centres.",
    "The Home Office warned landlords that traffickers could be renting their flats.",
])
def test_a_state_body_alerting_to_what_others_may_do_threatens_no_one(events_named, text):
    assert "THREATEN" not in types(events_named, text)


@pytest.mark.parametrize("text", [
    "China warned the Philippines that it would respond to any provocation.",
    "The US warned Iran that sanctions would follow.",
    "The union warned the company that its members would strike.",
])
def test_a_warning_of_ones_own_act_or_a_harm_is_still_a_threat(events_named, text):
    assert "THREATEN" in types(events_named, text)


def test_the_central_bank_is_the_central_bank_named_before_not_the_last_bank(events_named):
    found = events_named("The Bank of Japan fined Mizuho on Monday. The central bank accused Mizuho of lax controls.")
    assert ("ACCUSE", "Bank of Japan", "Mizuho") in found


@pytest.mark.parametrize("text", [
    "The former banker faces a long jail term when he is sentenced on Friday.",
    "The bank's former trader faces up to ten years in jail when he is sentenced in March.",
])
def test_a_sentence_one_faces_when_sentenced_is_still_to_come(events_named, text):
    assert "SANCTION" not in types(events_named, text)


def test_a_sentence_passed_is_kept(events_named):
    assert "SANCTION" in types(events_named, "Judge Brown sentenced the former banker to ten years in prison.")


def test_talking_someone_into_an_act_is_persuasion_not_talks(events_named):
    assert "CONSULT" not in types(events_named, "The hostage talked the gunman into surrendering to police.")
    assert "CONSULT" in types(events_named, "The envoy talked to Hamas leaders in Cairo.")


def test_an_act_someone_is_talked_out_of_is_not_done(events_named):
    found = types(events_named, "The negotiator talked the gunman out of shooting the hostages.")
    assert not found & {"ASSAULT", "CONSULT"}, found


def test_an_act_weighed_is_not_done(events_named):
    assert "SANCTION" not in types(events_named, "The US is considering sanctions against Iran.")


@pytest.mark.parametrize(("text", "event_type"), [
    ("Israel no longer occupies the Gaza Strip.", "ASSAULT"),
    ("The troops are no longer attacking the town.", "ASSAULT"),
])
def test_an_act_no_longer_going_on_is_negated(events_named, text, event_type):
    found = {(row[0], row[3]) for row in events_named(text, "negated")}
    assert (event_type, True) in found and (event_type, False) not in found, found


def test_an_act_going_on_is_not_negated(events_named):
    assert ("ASSAULT", "Israel", "Gaza Strip", False) in events_named("Israel occupies the Gaza Strip.", "negated")


def test_an_offer_considered_is_already_made(events_named):
    assert "AGREE" in types(events_named, "The board of Rolls Royce is considering an offer from BMW.")


def test_a_state_foretelling_its_own_act_on_a_firm_in_the_passive_still_threatens(events_named):
    assert "THREATEN" in types(events_named, "The Egyptian government warned that the BBC would be banned.")
