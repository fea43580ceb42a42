"""Events said by a clause's shape (extract/civil_acts.py) and aid's receiver after "to": what
civilians block, occupy or boycott is a protest, a state's is repression or a sanction; crowds of
protesters gathering protest; sides fighting "alongside" each other or acting "jointly" cooperate;
troops leaving a country withdraw; a visitor welcomed is received."""
from __future__ import annotations

import pytest


def types_at(analysis, word: str) -> set[str]:
    return {e.type for e in analysis.events if e.trigger == word}


@pytest.mark.parametrize(("text", "word"), [
    ("Striking miners blocked the railway line to the port of Durban.", "blocked"),
    ("Hundreds of students occupied the rectorate of the university in Santiago.", "occupied"),
    ("Opposition lawmakers boycotted the parliamentary session in Kinshasa.", "boycotted"),
    ("Angry villagers blockaded the highway near Goma with burning tyres.", "blockaded"),
])
def test_civilians_obstructing_or_boycotting_protest(text, word, analyse_text):
    types = types_at(analyse_text(text), word)
    assert "PROTEST" in types and not types & {"COERCE", "ASSAULT", "SANCTION"}, types


@pytest.mark.parametrize(("text", "word", "etype"), [
    ("Riot police blocked the bridge to the government quarter in Harare.", "blocked", "COERCE"),
    ("Turkish troops occupied the town of Afrin in 2018.", "occupied", "ASSAULT"),
])
def test_forces_obstructing_stay_repression_or_assault(text, word, etype, analyse_text):
    types = types_at(analyse_text(text), word)
    assert etype in types and "PROTEST" not in types, types


@pytest.mark.parametrize(("text", "word"), [
    ("Demonstrators assembled outside the electoral commission in Maputo.", "assembled"),
    ("Tens of thousands of protesters thronged the streets of Dhaka on Friday.", "thronged"),
    ("Lebanese teachers burned their pay slips in protest in Beirut.", "protest"),
])
def test_protesters_gathering_or_acting_in_protest(text, word, analyse_text):
    assert "PROTEST" in types_at(analyse_text(text), word)


def test_a_gathering_of_others_is_no_protest(analyse_text):
    analysis = analyse_text("Tourists gathered outside the cathedral in Seville.")
    assert [e.type for e in analysis.events] == []


@pytest.mark.parametrize(("text", "sides"), [
    ("Chadian soldiers fought alongside Nigerien troops against Boko Haram.", {"Chad", "Niger"}),
    ("Japan and Britain are jointly developing a fighter jet.", {"Japan", "United Kingdom"}),
])
def test_acting_alongside_or_jointly_cooperates(text, sides, events_named):
    coop = {(s, o) for t, s, o in events_named(text) if t == "COOPERATE"}
    assert any(sides <= {s or "", o or ""} or any(n in (s or "") for n in sides) and any(
        n in (o or "") for n in sides) for s, o in coop), coop


def test_troops_leaving_a_country_withdraw(analyse_text):
    analysis = analyse_text("The last German soldiers left Mali in December 2023.")
    assert "RETREAT" in types_at(analysis, "left")


def test_soldiers_leaving_their_base_is_no_withdrawal(analyse_text):
    analysis = analyse_text("The soldiers left the barracks at dawn.")
    assert "RETREAT" not in types_at(analysis, "left")


def test_a_visitor_welcomed_is_received_a_decision_welcomed_is_supported(analyse_text):
    met = analyse_text("The king of Jordan welcomed Egypt's president in Amman.")
    backed = analyse_text("Kenya welcomed the ruling of the court.")
    assert "CONSULT" in types_at(met, "welcomed") and "SUPPORT" in types_at(backed, "welcomed")


def test_a_state_boycott_stays_a_sanction(analyse_text):
    analysis = analyse_text("Canada boycotted the summit hosted by Russia.")
    assert "PROTEST" not in types_at(analysis, "boycotted")


def test_aid_goes_to_whom_it_is_given_to(events_named):
    rows = events_named("Norway gave 40 million dollars to Somalia.")
    assert ("AID", "Norway", "Somalia") in rows, rows


def test_a_suspect_handed_to_another_state_is_extradited_a_captive_released(analyse_text):
    extradited = analyse_text("Peru handed the fugitive over to Chilean authorities.")
    released = analyse_text("The Houthis handed over the captured sailors to the Red Cross.")
    assert "COOPERATE" in types_at(extradited, "handed")
    assert "COOPERATE" not in types_at(released, "handed")


def test_trade_kept_up_cooperates_trade_halted_sanctions(analyse_text):
    kept = analyse_text("Egypt deepened its trade with China last year.")
    halted = analyse_text("Russia halted trade with Georgia in 2006.")
    assert "COOPERATE" in types_at(kept, "trade") and "SANCTION" in types_at(halted, "halted")


def test_trade_as_a_word_of_business_is_no_event(analyse_text):
    analysis = analyse_text("The trade deficit narrowed in the third quarter.")
    assert [e.type for e in analysis.events] == []
