"""Attackers and targets of violence in the general forms news uses (extract/responsibility.py,
extract/targets.py): attackers in nominal, passive and blaming forms or named in a later sentence;
targets as the force behind a site, the counted victims of the attack's clause, or the victims of the
next sentence. Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides
from newsgraph.evaluation.probes import names_of


@pytest.mark.parametrize("text, attacker", [
    ("The village came under attack from ISWAP fighters before dawn.", "islamic state west africa province"),
    ("A police station came under fire from Taliban gunmen in Kunduz.", "taliban"),
    ("Nine soldiers died in a raid blamed on JNIM near Djibo.", "jama'at nusrat al-islam wal-muslimin"),
    ("Officials blamed the bombing on al-Shabaab.", "al-shabaab"),
    ("An ambush claimed by the Taliban killed six policemen in Kandahar.", "taliban"),
    ("Seven soldiers were killed in an attack by ISWAP fighters on a base in Borno.",
     "islamic state west africa province"),
    ("Unidentified gunmen shot dead four guards at a mine in Zamfara. Police said the attackers were members "
     "of Boko Haram.", "boko haram"),
    ("Three policemen were killed when Boko Haram fighters attacked their post in Gwoza.", "boko haram"),
])
def test_the_attacker_is_found_in_its_general_forms(text, attacker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, attacker) for subj, _ in found), found


@pytest.mark.parametrize("text, target", [
    # the force whose post, base or vehicle was hit
    ("Militants attacked a police checkpoint outside Quetta.", "police"),
    ("Rebels shelled an army base near Bunia.", "military"),
    ("A police station came under fire from Taliban gunmen in Kunduz.", "police"),
    # the victims the attack's clause counts
    ("Insurgents ambushed a convoy near Kismayo, killing four Kenyan soldiers.", "kenya"),
    ("A drone strike hit a wedding in Borno, killing eleven villagers.", "villagers"),
    ("Seven villagers were killed in an attack by ISWAP fighters on a market in Borno.", "villagers"),
    # people described by a noun, also where a participle tells what was done to them
    ("Police shot a teenager in Leeds.", "teenager"),
    ("The vigil remembered a young cyclist, an unarmed teenager shot by police in Leeds last year.", "teenager"),
    # victims in the sentence after the attack
    ("Al-Shabaab fighters stormed a district office in Hiraan. Five residents were killed.", "residents"),
])
def test_the_target_is_found_behind_places_and_victims(text, target, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(obj, target) for _, obj in found), found


@pytest.mark.parametrize("text", [
    # a place with no institution named stays no target rather than a guessed one
    "Gunmen stormed a hotel in Mogadishu on Friday.",
    # a later sentence about another incident lends no victims
    "Militants attacked a mine in Zamfara. Separately, five villagers were killed in a crash.",
    # armed men killed in an attack by armed men are the attackers, not its target
    "Gunmen stormed a guesthouse in Herat. Three attackers were killed.",
    # soldiers of no stated side: whose they were is unknown
    "Bandits ambushed a convoy near Gusau, killing three soldiers.",
])
def test_no_target_is_guessed(text, analyse_text, gazetteer):
    analysis = analyse_text(text)
    first = [e for e in analysis.events if e.type == "ASSAULT" and e.sentence.startswith(text.split(". ")[0])]
    assert first and all(e.object is None for e in first), [(e.trigger, e.object) for e in first]


@pytest.mark.parametrize("text, not_attacker", [
    # the one an attack is blamed on is its actor, not its target
    ("Officials blamed the bombing on al-Shabaab.", None),
    # a figure of speech, and a source denied
    ("Our freedom is under attack, not from terrorists, but from bureaucrats.", "terrorists"),
])
def test_blame_and_figures_of_speech(text, not_attacker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    if not_attacker is None:
        assert found and not any(answers_to(obj, "al-shabaab") for _, obj in found), found
    else:
        assert not any(answers_to(subj, not_attacker) for subj, _ in found), found


@pytest.mark.parametrize("text, attacker, not_attacker", [
    # the one arrested or charged for an attack did it, not the police who arrested them
    ("Police in Lyon arrested Paul Durand for assaulting a bus driver.", "paul durand", "police"),
    ("Officers detained Ana Silva on Monday for stabbing a guard.", "ana silva", "officers"),
])
def test_the_one_arrested_for_an_attack_is_its_attacker(text, attacker, not_attacker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert found and all(answers_to(subj, attacker) and not answers_to(subj, not_attacker) for subj, _ in found), found


def test_a_setting_put_first_is_not_the_attack(analyse_text, gazetteer):
    analysis = analyse_text("In the 1999 border war, 14 Eritrean civilians were killed in an Ethiopian airstrike near Tsorona.")
    found = {e.trigger: (names_of(analysis, e.subject, gazetteer), names_of(analysis, e.object, gazetteer))
             for e in analysis.events if e.type == "ASSAULT"}
    assert answers_to(found["killed"][0], "ethiopia") and answers_to(found["killed"][1], "civilians"), found
    assert not any(answers_to(obj, "civilians") for trigger, (_, obj) in found.items() if trigger == "war"), found


@pytest.mark.parametrize("text, typ, people", [
    # a crowd dispersed is whom it was done to, whatever the force told
    ("Riot police used tear gas to disperse the crowd on Saturday.", "ASSAULT", "crowd"),
    # people held are the object of their arrest, named only by a description
    ("Detectives later announced the arrest of a pensioner.", "COERCE", "pensioner"),
])
def test_described_people_are_whom_force_was_used_on(text, typ, people, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, typ)
    assert any(answers_to(obj, people) for _, obj in found), found


@pytest.mark.parametrize("text, not_object", [
    # a thing seized is no person described
    ("Customs officers seized a lorry carrying cigarettes at Dover.", "lorry"),
    # people denied to be held are no one held
    ("Detectives think they know the attacker, but no suspects have been taken into custody.", "suspects"),
])
def test_no_described_people_where_none_were_acted_on(text, not_object, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "COERCE")
    assert not any(obj and not_object in obj for _, obj in found), found


def test_forces_hitting_military_things_hit_no_own_kind(analyse_text):
    analysis = analyse_text("Chadian troops fought rebels near Abeche, destroying three military trucks.")
    destroyed = [e for e in analysis.events if e.type == "ASSAULT" and e.trigger == "destroying"]
    assert destroyed and all(e.object is None or "military" not in e.object for e in destroyed), destroyed
