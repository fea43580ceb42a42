"""Who attacked, killed, stabbed or shot whom in the forms local and conflict news use: the one
charged or convicted for the act, the name a description is identified as, the agent of "the attack,
carried out by X", forces "loyal to" a leader, and a pronoun after a trailing attribution ("...,
Lt. X said. She opened fire"). Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_subjects
from newsgraph.evaluation.probes import names_of


@pytest.mark.parametrize("text, attacker", [
    # the one charged or convicted, through coordinated and adjunct participles
    ("Daniel Mbeki, 31, and Peter Osei, 28, were detained on Monday and remanded in custody, charged with "
     "killing a taxi driver in Accra, police said.", "daniel mbeki"),
    ("Rosa Delgado was jailed for life after being convicted of stabbing her landlord in Seville.", "rosa delgado"),
    # the name a description is identified as or named
    ("The suspect, identified as Tomasz Nowak, stabbed two passengers on a train near Krakow.", "tomasz nowak"),
    ("A man named Kofi Mensah shot two shoppers at a market in Kumasi.", "kofi mensah"),
    # the agent of the doing of the act
    ("The ambush, carried out by al-Shabaab, killed nine soldiers near Baidoa.", "al-shabaab"),
    ("A suicide bombing staged by the PKK killed four soldiers in Ankara.", "kurdistan workers"),
    # forces loyal to a leader act for him
    ("Troops loyal to Khalifa Haftar shelled Tripoli on Sunday.", "haftar"),
])
def test_the_attacker_is_the_agent_not_a_nearby_name(text, attacker, analyse_text, gazetteer):
    found = folded_subjects(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, attacker) for subj in found), found


def test_a_pronoun_after_a_trailing_attribution_is_the_story_actor_not_the_speaker(analyse_text, gazetteer):
    text = ("Maria Kowalczyk drove back to the warehouse in a stolen van, Sgt. Robert Hale said. "
            "She walked inside, firing a shot at a security guard.")
    found = folded_subjects(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, "maria kowalczyk") for subj in found), found
    assert not any(answers_to(subj, "robert hale") for subj in found), found


@pytest.mark.parametrize("text, victim", [
    ("A burglar stabbed a homeowner in Bristol on Tuesday.", "homeowner"),
    ("Rosa Delgado was jailed for life after being convicted of stabbing her landlord in Seville.", "landlord"),
    ("A gunman shot three diners at a restaurant in Marseille.", "diners"),
    ("Police said a robber shot a cashier at a petrol station in Durban.", "cashier"),
])
def test_people_of_local_crime_news_are_the_victims_not_their_possessor(text, victim, analyse_text, gazetteer):
    analysis = analyse_text(text)
    objects = [names_of(analysis, e.object, gazetteer) for e in analysis.events if e.type == "ASSAULT"]
    assert any(answers_to(obj, victim) for obj in objects), objects


@pytest.mark.parametrize("text, actor, typ", [
    # a verb listed after the object ("smashed windows, looted and hurled ...") keeps the clause's subject
    ("Rioters smashed windows, looted and hurled bottles at police in Belfast.", "rioters", "ASSAULT"),
])
def test_sides_in_verb_lists(text, actor, typ, analyse_text, gazetteer):
    analysis = analyse_text(text)
    sides = [names_of(analysis, e.subject, gazetteer) | names_of(analysis, e.object, gazetteer)
             for e in analysis.events if e.type == typ]
    assert any(answers_to(names, actor) for names in sides), sides


def test_victims_of_another_attack_in_the_next_sentence_are_no_target(analyse_text, gazetteer):
    analysis = analyse_text("Gunmen attacked a bus station in Kano on Monday. In a separate attack, five farmers "
                            "were killed.")
    attacks = [e for e in analysis.events if e.type == "ASSAULT" and e.trigger == "attacked"]
    assert attacks and all(not answers_to(names_of(analysis, e.object, gazetteer), "farmers") for e in attacks)


@pytest.mark.parametrize("text, attacker", [
    ("Lena Fischer was found guilty of murdering her landlord in Dresden.", "lena fischer"),
    ("Oscar Lindqvist is on trial for the murder of a taxi driver in Malmo.", "oscar lindqvist"),
    ("Police arrested Daniel Kerr on suspicion of stabbing a bouncer in Leeds.", "daniel kerr"),
    ("Nikos Pappas was arrested in connection with the killing of a shopkeeper in Patras.", "nikos pappas"),
])
def test_the_one_held_to_an_act_is_its_alleged_actor(text, attacker, analyse_text, gazetteer):
    analysis = analyse_text(text)
    held = [e for e in analysis.events if e.type == "ASSAULT" and answers_to(names_of(analysis, e.subject, gazetteer), attacker)]
    assert held, [(e.trigger, e.subject) for e in analysis.events]
    if "guilty" not in text:   # a verdict establishes the act; a charge, arrest or trial only alleges it
        assert all(e.certainty == "alleged" for e in held), [e.certainty for e in held]


@pytest.mark.parametrize("text, forces", [
    ("An Israeli airstrike killed four people in Khan Younis.", "israel defense forces"),
    ("A Turkish drone strike hit a car near Qamishli.", "turkish armed forces"),
    ("Russian artillery shelled Kherson overnight.", "russian armed forces"),
    ("Russian shelling killed three civilians in Kherson.", "russian armed forces"),
    ("An Israeli air strike killed two men in Rafah.", "israel defense forces"),
    ("A Turkish warplane bombed a village near Duhok.", "turkish armed forces"),
])
def test_a_nationality_on_a_means_of_war_names_its_military(text, forces, analyse_text, gazetteer):
    found = folded_subjects(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, forces) for subj in found), found


@pytest.mark.parametrize("text, navy, state", [
    ("The fishing boat sank when a Russian warship fired on it near the coast.", "russian navy", "russia"),
    ("An Egyptian gunboat shelled the smugglers' boats near the coast.", "egyptian navy", "egypt"),
])
def test_a_nationality_on_a_navys_ship_names_the_navy(text, navy, state, analyse_text, gazetteer):
    """One of a navy's ships acts for the navy, as its warships do: not the country."""
    found = folded_subjects(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, navy) for subj in found) and not any(subj == state for subj in found), found


def test_a_nationality_on_a_civil_thing_is_no_military(analyse_text):
    analysis = analyse_text("A Russian rocket carrying two weather satellites lifted off from Baikonur.")
    assert not any(e.type == "MILITARY" for e in analysis.entities.values())


@pytest.mark.parametrize("text, attacker", [
    ("A man stabbed a shopkeeper in Rotherham on Friday. The man, Gary Whitlock, 52, was arrested at his home.",
     "gary whitlock"),
    ("A gunman shot two guards at a bank in Lyon. Police identified the gunman as Karim Benali, 31.", "karim benali"),
])
def test_a_described_person_the_story_later_names_is_that_person(text, attacker, analyse_text, gazetteer):
    found = folded_subjects(analyse_text(text), gazetteer, "ASSAULT")
    assert any(answers_to(subj, attacker) for subj in found), found
