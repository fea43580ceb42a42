"""Everyday senses told apart by what the word is said of (extract/everyday.py): defending a title
supports no one (defending someone or another's act does; one's own course does not,
tests/test_defended_own.py), suspended shares are no sanction, people sheltering in a school give no aid,
unrest that "hits" a country is no attack, and pressing on with one's own act asks nothing. Sentences of our
own."""
from __future__ import annotations

import pytest

from newsgraph.extract import everyday


def types(analysis, kind: str) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == kind]


@pytest.mark.parametrize("text", [
    "Maria Lopez was hoping to race against defending champion Anna Berg in the final.",
    "The boxer Tom Reid defended his title against Ali Khan in Las Vegas.",
])
def test_defending_a_title_supports_no_one(analyse_text, text):
    assert types(analyse_text(text), "SUPPORT") == []


@pytest.mark.parametrize("text", [
    "Senator Jane Holt defended the embattled judge against the critics.",
    "Foreign minister Omar Khan strongly defended the Indian Navy's action against the pirates.",
])
def test_defending_someone_or_their_act_stays_support(analyse_text, text):
    assert types(analyse_text(text), "SUPPORT") == ["defended"]


@pytest.mark.parametrize("text", [
    "Tesco's shares were suspended at 240p on Friday.",
    "The UN agency's food programmes have been suspended since the bombing began.",
    # a state's own course halted
    "Under pressure from MPs, the Dutch government has suspended its plan to close three prisons.",
    "The Kenyan government suspended its scheme to sell land to foreign farmers.",
])
def test_suspended_things_are_no_sanction(analyse_text, text):
    assert types(analyse_text(text), "SANCTION") == []


@pytest.mark.parametrize("text", [
    "Washington suspended military aid to the junta after the coup.",
    "The Green Party suspended Mr Jones as a candidate over his remarks.",
    # a constitution or rights suspended restrict people: not a thing halted
    "Pakistan's president suspended the constitution on Saturday.",
])
def test_suspending_someone_or_aid_to_them_stays_a_sanction(analyse_text, text):
    assert types(analyse_text(text), "SANCTION") == ["suspended"]


def test_people_sheltering_give_no_aid(analyse_text):
    analysis = analyse_text("An Israeli air strike that killed about 20 Lebanese sheltering in a UN compound "
                            "drew fresh condemnation on Monday.")
    assert types(analysis, "AID") == []
    assert "killed" in types(analysis, "ASSAULT")


def test_unrest_that_hits_a_country_is_no_attack(analyse_text):
    assert types(analyse_text("Last year's riots were the worst unrest to hit France since 1968."), "ASSAULT") == []


def test_rebels_hitting_a_convoy_stay_an_attack(analyse_text):
    assert types(analyse_text("Rebels hit an army convoy with roadside bombs."), "ASSAULT") == ["hit"]


def test_aid_workers_are_no_aid(analyse_text):
    assert types(analyse_text("A British lawyer who spoke to aid workers at the camp said nobody had died."), "AID") == []


def test_aid_sent_stays_aid(analyse_text):
    assert types(analyse_text("The US sent food aid to the refugees in the camp."), "AID") == ["sent"]


def test_seeking_views_asks_nothing_of_anyone(analyse_text):
    assert types(analyse_text("The regulator is seeking views from industry on the new rules."), "REQUEST") == []


@pytest.mark.parametrize(("text", "halted"), [
    ("The Green Party suspended a candidate over his remarks.", False),
    ("The Green Party suspended Mr Jones over his remarks.", False),
    ("Shares in the bank were suspended on Monday.", True),
])
def test_only_things_are_halted(nlp, text, halted):
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "suspend")
    assert any(everyday.halted_thing(t) for t in everyday.objects(verb)) is halted


@pytest.mark.parametrize("text", [
    "The army vowed to press on with the offensive in Kharkiv.",
    "The Kenyan government pressed ahead with the new housing levy on Monday.",
])
def test_pressing_on_with_ones_own_act_asks_nothing(analyse_text, text):
    assert types(analyse_text(text), "REQUEST") == []


def test_pressing_someone_to_act_stays_a_request(analyse_text):
    assert types(analyse_text("Britain pressed Iran to release the sailors."), "REQUEST") == ["pressed"]
