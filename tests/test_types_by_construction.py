"""Types that the construction around a trigger decides (extract/construction_types.py,
data/lexicon/object_classes.yaml): a protest a state makes or addresses to someone is a diplomatic
protest (PLOVER ACCUSE), a crowd's protest stays PROTEST; a complaint or a request sent to someone is
the complaint or the request, not aid; blame "to" a penalty is a sentence (SANCTION), a crowd dispersed with no
force told is COERCE, an act "sanctioned" is no sanction; people confronted "about" or "over" a matter by others
than the law are reproached (ACCUSE), and those "confronted with" a plight face it (no event, extract/everyday.py);
charges sought against someone accuse them (ACCUSE), no request of them.
Sentences written for newsgraph."""
from __future__ import annotations

import pytest


def rows(events_named, text: str) -> set[tuple]:
    return {r for r in events_named(text) if r[0] not in ("LEADERSHIP", "AFFILIATION")}


@pytest.mark.parametrize("text, subject, target", [
    # addressed to someone: words, whoever speaks
    ("Thailand protested to Cambodia over the shelling of border villages.", "Thailand", "Cambodia"),
    ("Chile protested to Peru about the new maritime map.", "Chile", "Peru"),
    # a state protesting against another's act
    ("Argentina protested against Britain's oil drilling near the Falklands.", "Argentina", "United Kingdom"),
])
def test_a_states_protest_is_an_accusation(events_named, text, subject, target):
    found = rows(events_named, text)
    assert any(t == "ACCUSE" and s == subject and o == target for t, s, o in found), found
    assert not any(t == "PROTEST" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested in Nairobi against the new finance bill.",
    "Teachers protested against the Hungarian government outside parliament in Budapest.",
])
def test_a_crowds_protest_stays_a_protest(events_named, text):
    found = rows(events_named, text)
    assert any(t == "PROTEST" for t, _, _ in found) and not any(t == "ACCUSE" for t, _, _ in found), found


@pytest.mark.parametrize("text, wanted, subject, target", [
    ("Lithuania sent a letter of protest to Russia over the airspace violation.", "ACCUSE", "Lithuania", "Russia"),
    ("Pakistan sent a complaint to India about the cross-border firing.", "ACCUSE", "Pakistan", "India"),
    # the recipient hung on the object's "of" noun
    ("The European Commission sent a statement of objections to Apple over its app store rules.", "ACCUSE",
     "European Commission", "Apple"),
    ("Ukraine sent a request for air defence systems to Germany.", "REQUEST", "Ukraine", "Germany"),
    ("Somalia addressed an appeal to the United Nations for food aid.", "REQUEST", "Somalia", "United Nations"),
])
def test_what_is_sent_gives_the_type(events_named, text, wanted, subject, target):
    found = rows(events_named, text)
    assert (wanted, subject, target) in found, found
    assert not any(t == "AID" for t, _, _ in found), found


def test_goods_sent_stay_aid(events_named):
    found = rows(events_named, "Turkey sent tents and blankets to Syria after the earthquake.")
    assert any(t == "AID" and s == "Turkey" for t, s, _ in found), found


@pytest.mark.parametrize("text, wanted, wrong", [
    # a blow struck back at critics is a reply in words
    ("The finance minister fired back at her critics in the ruling party.", "ACCUSE", "ASSAULT"),
    ("Kenya's president shot back at detractors of the housing levy.", "ACCUSE", "ASSAULT"),
    # gunfire back at armed men, or at a critic without "back", stays violence
    ("Police fired back at the gunmen outside the bank in Lagos.", "ASSAULT", "ACCUSE"),
    ("Gunmen shot dead an outspoken critic of the army in Karachi.", "ASSAULT", "ACCUSE"),
])
def test_fired_back_at_critics_is_words(events_named, text, wanted, wrong):
    found = {t for t, _, _ in rows(events_named, text)}
    assert wanted in found and wrong not in found, found


@pytest.mark.parametrize("text, wanted, wrong", [
    # a warning that a plan or policy will do harm criticises it
    ("Nurses' unions warned ministers that the reforms would wreck the health service.", "ACCUSE", "THREATEN"),
    ("Farmers warned the minister that the new rules would ruin small dairies.", "ACCUSE", "THREATEN"),
    # a coercive act of the speaker's own named as what will come stays a threat
    ("The European Union warned Belarus that sanctions would follow any crackdown.", "THREATEN", "ACCUSE"),
    ("Beijing warned Taipei that independence would mean war.", "THREATEN", "ACCUSE"),
])
def test_a_warning_about_a_plan_is_criticism(events_named, text, wanted, wrong):
    found = {t for t, _, _ in rows(events_named, text)}
    assert wanted in found and wrong not in found, found


def test_a_countrys_protests_are_its_crowds(events_named):
    found = rows(events_named, "The unrest has spread to Portugal and Italy, which have had protests of their own.")
    assert not any(t == "ACCUSE" for t, _, _ in found), found


@pytest.mark.parametrize("text, wanted, wrong", [
    # blame "to" a penalty passes a sentence
    ("A military court condemned the two officers to death for treason.", "SANCTION", "ACCUSE"),
    ("The former governor was condemned to twelve years in prison for embezzlement.", "SANCTION", "ACCUSE"),
    # blame of an act stays blame
    ("The Kenyan government condemned the attack on the refugee camp.", "ACCUSE", "SANCTION"),
])
def test_condemned_to_a_penalty_is_a_sentence(events_named, text, wanted, wrong):
    found = {t for t, _, _ in rows(events_named, text)}
    assert wanted in found and wrong not in found, found


@pytest.mark.parametrize("text, wanted, wrong", [
    # a crowd broken up with no force told: repression short of violence
    ("Police dispersed the crowd outside the parliament in Kampala.", "COERCE", "ASSAULT"),
    # tear gas or water cannon make it a blow
    ("Riot police fired tear gas to disperse the students in Dhaka.", "ASSAULT", "COERCE"),
    ("Police dispersed the marchers in Minsk with water cannon.", "ASSAULT", "COERCE"),
])
def test_a_crowd_dispersed_is_a_blow_only_with_force(events_named, text, wanted, wrong):
    found = {t for t, _, _ in rows(events_named, text)}
    assert wanted in found and wrong not in found, found


def test_an_act_sanctioned_is_no_sanction(events_named):
    found = rows(events_named, "The security council sanctioned the use of force against the pirates.")
    assert not any(t == "SANCTION" for t, _, _ in found), found


def test_a_state_sanctioned_stays_a_sanction(events_named):
    found = rows(events_named, "The European Union sanctioned Belarus over the forced landing.")
    assert ("SANCTION", "European Union", "Belarus") in found, found


@pytest.mark.parametrize("text, wanted, wrong", [
    # a reproach over a matter, by people who are neither the law nor armed: words
    ("Villagers confronted the mayor about the new landfill on Tuesday.", "ACCUSE", "COERCE"),
    ("The minister was confronted by angry farmers over the milk quotas in Cork.", "ACCUSE", "COERCE"),
    # the law facing a crowd down stays repression
    ("Riot police confronted hundreds of students outside the university in Dhaka.", "COERCE", "ACCUSE"),
])
def test_a_confrontation_over_a_matter_is_a_reproach(events_named, text, wanted, wrong):
    found = {t for t, _, _ in rows(events_named, text)}
    assert wanted in found and wrong not in found, found


@pytest.mark.parametrize("text", [
    "Many pensioners in Leeds are confronted with rising heating bills this winter.",
    "Despite being confronted with a violent stepfather, the singer finished school in Accra.",
])
def test_confronted_with_a_plight_is_no_act(events_named, text):
    assert not rows(events_named, text), rows(events_named, text)


@pytest.mark.parametrize("text, accuser, accused", [
    ("Prosecutors in Turin are seeking indictments against the former chairman and six directors.", "prosecutors (Turin)",
     "former chairman"),
    ("The district attorney will seek charges against the two officers.", "district attorney", "officers"),
])
def test_charges_sought_against_someone_accuse_them(events_named, text, accuser, accused):
    found = rows(events_named, text)
    assert ("ACCUSE", accuser, accused) in found, found
    assert not any(t == "REQUEST" for t, _, _ in found), found


def test_guidance_sought_stays_a_request(events_named):
    found = rows(events_named, "Mr Okoro sought guidance from the ethics committee on the matter.")
    assert any(t == "REQUEST" for t, _, _ in found), found
