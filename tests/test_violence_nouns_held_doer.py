"""Violence named by a noun whose doer is the one held, charged or suspected for it ("arrested over
the stabbing of", "the prime suspect in the killing of", "the bomb attack suspect", "faces murder
charges", "the shooting victim"). Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, doer, target", [
    # held "over" an act
    ("Police in Bristol arrested Owen Tate over the stabbing of a bus driver on Friday.", "tate", "driver"),
    ("Officers detained three youths over the attack on a taxi driver in Lagos.", "youths", "driver"),
    ("Prosecutors charged Lena Voss over the killing of a pensioner in Graz.", "voss", "pensioner"),
    # held "in" an act (news in the US), and charged with a crime "over" the act it was
    ("Police in Ohio arrested Dale Vick in the fatal stabbing of a cashier last spring.", "vick", "cashier"),
    ("Omar Reyes was charged with homicide over the shooting of a student in Quito.", "reyes", "student"),
    ("Police arrested Lisa Grant on murder charges in the stabbing of her landlord in Dayton.", "grant", "landlord"),
    # an act that names no side of its own, held to someone
    ("John Keane was arrested over the stabbing in Leeds on Friday.", "keane", None),
    ("Two brothers were charged with murder in Dundee on Monday.", "brothers", None),
    # a suspect in an act
    ("Carl Penn, the prime suspect in the killing of Rosa Diaz, was detained in Madrid.", "penn", "diaz"),
    ("Police said Amir Soltani was a suspect in the shooting of two guards in Malmo.", "soltani", "guards"),
    # a noun of violence modifying the suspect or the charge
    ("Peter Walsh faces murder charges over the death of his business partner Carl Boyd.", "walsh", "boyd"),
    ("Police held Jorge Ramos on assault charges over the beating of a waiter.", "ramos", "waiter"),
    # a noun of violence modifying the victim
    ("The stabbing victim, Maria Santos, was treated at a hospital in Cork.", None, "santos"),
    ("Prosecutors said Dean Hollis shot the victim, Ruth Keller, outside a bar in Perth.", "hollis", "keller"),
])
def test_violence_named_by_a_noun_has_its_held_doer_or_victim(text, doer, target, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert any((doer is None or answers_to(s, doer)) and (target is None or answers_to(o, target)) for s, o, _ in found), found


@pytest.mark.parametrize("text", [
    # a noun of violence modifying a noun that is no one held or hurt
    "The murder mystery novel by Ann Lowe sold a million copies.",
    "Fans queued for the shooting star exhibition at the museum in Leeds.",
    "The attack helicopter programme cost Canada billions, officials said.",
    # held during a police act, not for it
    "Police detained Omar Said and two others in a raid on a warehouse in Tunis.",
    # arrested over something that is no violence
    "Police arrested Ivan Petrov over the theft of a painting in Vienna.",
])
def test_no_violence_where_the_noun_names_none(text, analyse_text, gazetteer):
    assert folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty") == []


def test_the_victim_of_an_act_is_never_its_doer(analyse_text, gazetteer):
    found = folded_sides(analyse_text("The victim in the shooting, Ana Cruz, told police in Lima she saw two men."), gazetteer, "ASSAULT", "certainty")
    assert not any(answers_to(s, "cruz") for s, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Police in Bristol arrested Owen Tate over the stabbing of a bus driver on Friday.",
    "Police in Ohio arrested Dale Vick in the fatal stabbing of a cashier last spring.",
    "Carl Penn, the prime suspect in the shooting of a shopkeeper in Leeds, was held on Monday.",
    "Dana Holt was held on suspicion of killing her neighbour in Cork.",
])
def test_an_act_someone_is_only_held_to_is_alleged(text, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty")
    assert found and all(c == "alleged" for _, _, c in found), found


def test_the_raid_someone_is_held_in_stays_asserted(analyse_text, gazetteer):
    analysis = analyse_text("Police detained five men in a raid on a farm near Tijuana on Sunday.")
    assert any(e.type == "COERCE" and e.certainty == "asserted" for e in analysis.events), analysis.events
