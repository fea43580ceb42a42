"""An attack whose doer the text only holds to it is alleged: blamed ("police blamed the bombing on
X", "a raid blamed on X"), described as suspected ("suspected gunman X"), or the story's attacker
carried over to someone only arrested or charged for it; a doer the text states, or one claiming
responsibility, is not (extract/doubted_doers.py, agent_phrases.blamed_phrases). Sentences written
for these tests."""
import pytest

from newsgraph.evaluation.probes import names_of
from newsgraph.resolve.names import fold


def assaults_by(analysis, gazetteer, attacker):
    return [(e.trigger, e.certainty) for e in analysis.events if e.type == "ASSAULT"
            and any(fold(attacker) in n for n in names_of(analysis, e.subject, gazetteer))]


@pytest.mark.parametrize("text, attacker", [
    # the "on" phrase of blame, on the verb or inside the attack's own phrase
    ("Police in Quetta blamed the bombing of a rail bridge on Baloch rebels.", "rebels"),
    ("Officials blamed the attack on the consulate on Hezbollah.", "hezbollah"),
    # a participle of blame on the attack
    ("A raid on a border post, blamed on JNIM fighters, killed four soldiers.", "jnim"),
    # a doer described as suspected
    ("Suspected gunman Omar Tate opened fire on the crowd, killing two men.", "tate"),
    ("Omar Tate, the alleged attacker, stabbed a guard at the gate.", "tate"),
    # the story's attacker, only arrested or charged for what another sentence tells
    ("Two farmers were shot dead near Kisumu on Sunday. Police arrested Peter Odhiambo, 34, over the shooting.",
     "odhiambo"),
    ("A nurse was stabbed to death in Cardiff on Monday. Rhys Powell, 29, has been charged with her murder.",
     "powell"),
    # named as the gunman, but only arrested: the shooting told bare is his alleged act
    ("The gunman, Karl Dent, was arrested after a siege. Three customers were shot dead at the bank.", "dent"),
])
def test_a_doer_only_held_to_the_attack_is_alleged(text, attacker, analyse_text, gazetteer):
    found = assaults_by(analyse_text(text), gazetteer, attacker)
    assert found and all(certainty == "alleged" for _, certainty in found), found


@pytest.mark.parametrize("text, attacker", [
    ("Omar Tate stabbed a guard at the gate.", "tate"),
    # a claim of responsibility is the doer's own word
    ("The Pakistani Taliban claimed responsibility for the bombing of the checkpoint.", "taliban"),
    # a verdict: the act a court convicted of is reported as fact, as "found guilty of" is
    ("Marta Kowal was convicted of stabbing her landlord in Gdansk.", "kowal"),
    ("A jury in Perth convicted Dean Walsh of shooting a security guard.", "walsh"),
    ("Dean Walsh was found guilty of shooting a security guard in Perth.", "walsh"),
    # the story's attacker, stated and held by no one
    ("Gunman Liam Ford opened fire at a bar in Derby, killing two men. Police said Ford acted alone.", "ford"),
])
def test_a_doer_the_text_states_is_asserted(text, attacker, analyse_text, gazetteer):
    found = assaults_by(analyse_text(text), gazetteer, attacker)
    assert found and all(certainty == "asserted" for _, certainty in found), found


def test_the_one_blamed_is_read_after_the_attacks_target(analyse_text, gazetteer):
    # "on the consulate" is what was attacked; "on Hezbollah" whom it is blamed on
    analysis = analyse_text("The attack on the consulate in Basra was blamed by officials on Hezbollah.")
    found = [e for e in analysis.events if e.type == "ASSAULT" and e.subject]
    assert not any("consulate" in n for e in found for n in names_of(analysis, e.subject, gazetteer)), found


def carried_shooting(analysis, gazetteer, attacker):
    return [c for t, c in assaults_by(analysis, gazetteer, attacker) if str(t) == "shooting"]


@pytest.mark.parametrize("text", [
    # the story names its attacker as the suspect: what other sentences tell bare is his alleged act
    "A gunman burst into a bar in Derby and shot the landlord on Friday. Detectives identified the suspect as "
    "Liam Ford, 29, who is wanted for a robbery. The shooting happened at 9 p.m.",
    "Liam Ford, 29, opened fire at a bar in Derby, killing the landlord. The suspect, Liam Ford, fled in a car. "
    "The shooting happened at 9 p.m.",
])
def test_an_attack_carried_to_the_storys_named_suspect_is_alleged(text, analyse_text, gazetteer):
    found = carried_shooting(analyse_text(text), gazetteer, "ford")
    assert found == ["alleged"], found


@pytest.mark.parametrize("text", [
    "Gunman Liam Ford opened fire at a bar in Derby, killing the landlord. Police said Ford acted alone. "
    "The shooting happened at 9 p.m.",
    "The gunman, Liam Ford, opened fire at a bar in Derby, killing the landlord. Ford fled in a car. "
    "The shooting happened at 9 p.m.",
])
def test_an_attack_carried_to_an_attacker_no_one_suspects_stays_asserted(text, analyse_text, gazetteer):
    found = carried_shooting(analyse_text(text), gazetteer, "ford")
    assert found == ["asserted"], found
