"""An attack made in words is criticism (extract/verbal_attacks.py): made in a speech, aimed at what
someone said, calling its object something ("as vacuous"), or a person's attack on a named party, firm or government with nothing violent around.
Violence stays violence. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sides", [
    ("Michael Howard attacked Tony Blair in a speech on immigration.", ("Michael Howard", "Tony Blair")),
    ("Charles Kennedy attacked Gordon Brown's remarks on pensions.", ("Charles Kennedy", "Gordon Brown")),
    ("Robert Kilroy-Silk attacked the UK Independence Party on Thursday.", ("Robert Kilroy-Silk", "UK Independence Party")),
    # the attack calls its object something
    ("The Conservative chairman attacked Labour's pledges as vacuous.", ("Conservative Party", "Labour Party")),
])
def test_an_attack_in_words_is_an_accusation(events_named, text, sides):
    got = events_named(text)
    assert ("ACCUSE", *sides) in got and not any(e[0] == "ASSAULT" for e in got), got


@pytest.mark.parametrize("text", [
    "John Smith attacked Peter Jones outside a pub in Leeds.",          # a person on a person, no words
    "Gunmen attacked the offices of the Labour Party.",                 # armed men
    "Peter Jones attacked the Labour Party's offices with a petrol bomb.",   # a weapon
    "Rebels attacked the army convoy as it crossed the river.",         # "as" opening a clause is a time
    "Gunmen attacked the police station as a warning to the government.",   # armed men, whatever it is called
])
def test_violence_stays_an_assault(events_named, text):
    got = events_named(text)
    assert any(e[0] == "ASSAULT" for e in got) and not any(e[0] == "ACCUSE" for e in got), got


@pytest.mark.parametrize("text, sides", [
    # the "of" phrase of an attacked plan or record names whose it is: words aimed at its owner
    ("Charles Kennedy attacked the plans of the home secretary.", ("Charles Kennedy", "Home secretary of United Kingdom")),
    ("Labour attacked the proposals of the Conservative Party.", ("Labour Party", "Conservative Party")),
])
def test_an_attack_on_the_plans_of_someone_accuses_their_owner(events_named, text, sides):
    got = events_named(text)
    assert ("ACCUSE", *sides) in got and not any(e[0] == "ASSAULT" for e in got), got


def test_the_offices_of_a_party_attacked_by_gunmen_stay_an_assault(events_named):
    got = events_named("Gunmen attacked the offices of the Labour Party.")
    assert ("ASSAULT", "gunmen", "Labour Party") in got and not any(e[0] == "ACCUSE" for e in got), got


def test_an_attack_on_plans_with_words_said_is_criticism_with_one_side(events_named):
    # the plans are no one's named here: a lone criticism, not dropped for its missing side
    got = events_named("Charles Kennedy attacked the proposals, saying they would cost too much.")
    assert ("ACCUSE", "Charles Kennedy", None) in got and not any(e[0] == "ASSAULT" for e in got), got


@pytest.mark.parametrize("text, sides", [
    # a verb of criticism said only of actors, aimed at an actor's plan or record: the actor
    ("Michael Howard savaged Tony Blair's record on crime.", ("Michael Howard", "Tony Blair")),
    ("The Liberal Democrats savaged the plans of the home secretary.", ("Liberal Democrats", "Home secretary of United Kingdom")),
    ("The Venezuelan president mocked the Colombian government's border policy.",
     ("President of Venezuela", "Colombian government")),
])
def test_criticism_of_an_owned_plan_accuses_its_owner(events_named, text, sides):
    assert ("ACCUSE", *sides) in events_named(text)


@pytest.mark.parametrize("text", [
    "Charles Kennedy derided the idea.",       # a thing of no one's: no event
    "Bono mocked Bob Geldof's plans.",         # mocking a person stays a joke (verbs.yaml only_object_types)
])
def test_criticism_of_no_ones_plan_or_a_persons_joke_is_no_event(events_named, text):
    assert not any(e[0] == "ACCUSE" for e in events_named(text))


@pytest.mark.parametrize("text, kind, subject", [
    # the adjective of "set ablaze" after the object (frames.complement)
    ("Boko Haram fighters set a church ablaze in Borno.", "ASSAULT", "Boko Haram"),
    ("Islamist militants set two churches ablaze in northern Mozambique.", "ASSAULT", "militants"),
    ("Settlers set alight a Palestinian mosque in the West Bank.", "ASSAULT", "settlers"),
    ("Eritrea set the Djiboutian soldiers free in 2016.", "RETREAT", "Eritrea"),
    ("Russian forces encircled the Ukrainian city of Mariupol.", "ASSAULT", "Russian Armed Forces"),
    ("Houthi rebels laid siege to the Yemeni city of Taiz.", "COERCE", "Houthis"),
    ("Ethiopia cut off internet access in Tigray.", "COERCE", "Ethiopia"),
    ("Burkina Faso's army seized power in a coup on Friday.", "COERCE", "Armed Forces of Burkina Faso"),
])
def test_violence_and_force_in_split_and_light_verb_forms(events_named, text, kind, subject):
    got = events_named(text)
    assert any(e[:2] == (kind, subject) for e in got), got


@pytest.mark.parametrize("text", [
    "Labour seized power in the council elections.",     # won, no coup
    "A storm tore through the village of Moore.",         # a hazard, no weapon
    "Shares slammed into the floor in early trading.",    # a market, no weapon
])
def test_power_won_and_hazards_are_no_force(events_named, text):
    got = events_named(text)
    assert not any(e[0] in ("ASSAULT", "COERCE") for e in got), got


@pytest.mark.parametrize("text, sides", [
    # a blow struck "back at" someone between people and bodies, nothing violent around: a reply in words
    ("The Chancellor Gordon Brown fired back at the Conservative leader Michael Howard.", ("Gordon Brown", "Michael Howard")),
    ("Ryanair hit back at the European Commission over the airport subsidies.", ("Ryanair", "European Commission")),
])
def test_a_blow_struck_back_in_words_is_an_accusation(events_named, text, sides):
    got = events_named(text)
    assert ("ACCUSE", *sides) in got and not any(e[0] == "ASSAULT" for e in got), got


@pytest.mark.parametrize("text", [
    "Soldiers fired back at the gunmen near the checkpoint.",          # armed men on both sides
    "The farmer fired back at the burglar who had shot his dog.",      # a shooting told beside it
])
def test_gunfire_returned_stays_an_assault(events_named, text):
    got = events_named(text)
    assert any(e[0] == "ASSAULT" for e in got) and not any(e[0] == "ACCUSE" for e in got), got


@pytest.mark.parametrize("text, sides", [
    # a noun of attack for or over something, by a person or a party on a person
    ("Vince Cable launched an attack on the chancellor over the pension plans.", ("Vince Cable", "chancellor")),
    ("The Liberal Democrats launched a fierce attack on the home secretary for his remarks.",
     ("Liberal Democrats", "Home secretary of United Kingdom")),
    # the reason's own words of war are no weapon of the attack
    ("Charles Kennedy launched an attack on Tony Blair over the Iraq war.", ("Charles Kennedy", "Tony Blair")),
    # critics by their noun
    ("Critics stepped up their attacks on the health secretary.", ("critics", "health secretary")),
])
def test_an_attack_noun_with_a_reason_or_by_critics_is_an_accusation(events_named, text, sides):
    got = events_named(text)
    assert ("ACCUSE", *sides) in got and not any(e[0] == "ASSAULT" for e in got), got


@pytest.mark.parametrize("text", [
    "Rebels launched an attack on the army base over the weekend.",            # armed side; a time
    "Gunmen launched an attack on the mayor over a land dispute.",             # armed men, whatever the reason
    "A mob launched an attack on the mayor over the price rises.",             # no critics, a crowd
    "Vince Cable's attack on the chancellor over the plans left him injured.",  # harm told
])
def test_an_attack_noun_by_arms_a_crowd_or_with_harm_stays_violence(events_named, text):
    got = events_named(text)
    assert not any(e[0] == "ACCUSE" for e in got), got
