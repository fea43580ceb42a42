"""Attackers given as blamed, accused, charged in a relative clause or claimed, and attackers a story
names in another sentence than the attack (extract/blamed_attacks.py, story_attackers.py). Sentences
written for these tests."""
import pytest

from named_events import folded_sides
from newsgraph.resolve.names import fold


def by(found, attacker):
    return [f for f in found if any(fold(attacker) in n for n in f[0])]


@pytest.mark.parametrize("text, attacker, trigger", [
    # blame and accusation hold the one blamed to the attack
    ("The interior ministry blamed the Pakistani Taliban for the attack on the checkpoint.", "taliban", "attack"),
    ("Officials in Kabul accused the Haqqani network of the suicide bombing near the embassy.", "haqqani", "bombing"),
    ("The rebels were blamed for the ambush near the border town of Dolo.", "rebels", "ambush"),
    # the "on" phrase of the blame hung inside the attack's own phrase
    ("Police blamed the bombing of the gas pipeline on Baloch separatists.", "separatists", "bombing"),
])
def test_the_one_blamed_is_the_alleged_attacker(text, attacker, trigger, analyse_text, gazetteer):
    found = [f for f in by(folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger"), attacker) if f[3] == trigger]
    assert found, folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger")


def test_blame_through_for_is_an_allegation(analyse_text, gazetteer):
    found = by(folded_sides(analyse_text("Egypt blamed the Muslim Brotherhood for the bombing of a police station."), gazetteer, "ASSAULT", "certainty", "trigger"), "brotherhood")
    assert found and all(f[2] == "alleged" for f in found), found


@pytest.mark.parametrize("text, attacker", [
    # an explosion is an attack once someone claims it
    ("Al-Shabaab claimed responsibility for the blast at a hotel in Mogadishu.", "shabaab"),
    ("The Pakistani Taliban claimed responsibility for the explosion.", "taliban"),
    # a relative clause charges the noun it hangs on
    ("Gary Nolan, who is accused of stabbing his neighbour, was refused bail.", "gary nolan"),
    ("Two brothers who were charged with the murder of a shopkeeper appeared in court.", "brothers"),
])
def test_claimed_and_charged_attackers(text, attacker, analyse_text, gazetteer):
    assert by(folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger"), attacker), folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger")


@pytest.mark.parametrize("text, attacker, trigger", [
    # a later sentence gives the attack's doer by a definite noun
    ("A bomb exploded at a market in Peshawar, wounding 20 people. Police blamed Lashkar-e-Jhangvi for the "
     "attack.", "lashkar", "exploded"),
    ("A car bomb killed six people outside a bank in Kirkuk. Islamic State said it carried out the attack.",
     "islamic state", "killed"),
    # a doer of shooting as such, with no victim named, is the story's attacker
    ("Mark Reyes, 33, walked into the depot on Monday and opened fire. Two drivers were shot dead.",
     "mark reyes", "shot"),
    # a person named by an attacker noun in a sentence of no attack
    ("The gunman, Peter Lund, 41, had been fired from the plant a month earlier. Three workers were shot "
     "dead in the canteen.", "peter lund", "shot"),
])
def test_the_story_attacker_named_in_another_sentence(text, attacker, trigger, analyse_text, gazetteer):
    found = [f for f in by(folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger"), attacker) if f[3] == trigger]
    assert found, folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger")


def test_a_blamed_story_attacker_is_alleged(analyse_text, gazetteer):
    text = "A bomb exploded at a market in Peshawar, wounding 20 people. Police blamed Lashkar-e-Jhangvi for the attack."
    found = [f for f in by(folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger"), "lashkar") if f[3] == "exploded"]
    assert found and all(f[2] == "alleged" for f in found), found


@pytest.mark.parametrize("text, trigger", [
    # an attack denied names no one as the story's attacker
    ("A refugee camp near the border was bombed on Friday. The army denied it carried out the strike.", "bombed"),
    # an attacker noun that names no one
    ("The gunman had been fired from the plant a month earlier. Three workers were shot dead in the canteen.",
     "shot"),
])
def test_no_story_attacker_is_made_up(text, trigger, analyse_text, gazetteer):
    found = [f for f in folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger") if f[3] == trigger]
    assert all(not f[0] for f in found), found


def test_blame_for_what_is_no_attack_makes_no_attack(analyse_text, gazetteer):
    found = folded_sides(analyse_text("The airline blamed the pilots for the crash of the plane."), gazetteer, "ASSAULT", "certainty", "trigger")
    assert not found, found


@pytest.mark.parametrize("text, attacker", [
    # a headline drops its articles: its bare noun of people is the doer it describes
    ("Nephew suspected of killing uncle in Cork\nGardai said a man in his twenties was being questioned.", "nephew"),
    ("Guard accused of beating inmates at Texas jail\nThe state prison agency said it had opened an inquiry.",
     "guard"),
])
def test_a_headline_doer(text, attacker, analyse_text, gazetteer):
    assert by(folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger"), attacker), folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger")


def test_a_bare_noun_in_running_text_is_no_headline_doer(analyse_text, gazetteer):
    found = folded_sides(analyse_text("Officials said that nephew suspected of killing uncle was a rumour."), gazetteer, "ASSAULT", "certainty", "trigger")
    assert not by(found, "nephew"), found


def test_the_one_said_to_be_shot_at_is_no_story_attacker(analyse_text, gazetteer):
    # "he was going to be shot" names whom shots would hit, not a doer beside the man suspected
    text = ("A man suspected of stabbing two people at a bar in Hull was arrested on Sunday. One victim died in "
            "the attack. Officers chased him for ten miles. \"He probably realised that if he did not stop, he was "
            "going to be shot,\" Inspector Tom Bell said.")
    found = [f for f in folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger") if f[3] == "attack"]
    assert by(found, "man") and not by(found, "bell"), found


@pytest.mark.parametrize("text, attacker, victim", [
    # the victim a possessive describes is that person, not the possessor (who is then the one charged)
    ("Police arrested Tom Reed over the stabbing of his former boss in Leeds.", "tom reed", "boss"),
    ("Omar Diallo was charged with the killing of his employer in Marseille.", "omar diallo", "employer"),
])
def test_the_possessed_victim(text, attacker, victim, analyse_text, gazetteer):
    found = by(folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger"), attacker)
    assert any(any(victim in n for n in f[1]) for f in found), folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger")


def test_a_states_own_stay_the_states(analyse_text, gazetteer):
    found = folded_sides(analyse_text("Israel condemned the killing of its soldiers by Hezbollah."), gazetteer, "ASSAULT", "certainty", "trigger")
    assert any(any("israel" in n for n in f[1]) for f in found), found


def test_a_convict_in_a_list_is_not_given_anothers_murder(analyse_text, gazetteer):
    # the one convicted is named in the murder's own sentence, though the parse does not give him
    text = ("Convicted of federal crimes: Carl Webb, who pleaded guilty to the bombings of two clinics. Ray Dunn, "
            "the 1970s militant, convicted in Texas of the state crime of murdering a county deputy.")
    found = [f for f in folded_sides(analyse_text(text), gazetteer, "ASSAULT", "certainty", "trigger") if f[3] == "murdering"]
    assert not by(found, "webb"), found


@pytest.mark.parametrize("text, accused", [
    # a speaker claiming another state stands behind a group accuses that state
    ("Russia stands behind the separatists, the Ukrainian foreign minister said.", "Russia"),
    ("Iran is behind the Houthis, a Saudi official said on Tuesday.", "Iran"),
])
def test_a_state_said_to_stand_behind_a_group_is_accused(events_named, text, accused):
    assert any(t == "ACCUSE" and o == accused for t, _, o in events_named(text))


@pytest.mark.parametrize("text, ranked", [
    # a state one is behind is one ranked ahead, no terror stood behind
    ("Italy is now just behind Germany in car exports, the economist Anna Rossi says.", "Italy"),
    ("Mr Rossi says that Portugal is slightly behind Spain in terms of wine production.", "Portugal"),
])
def test_a_state_behind_another_state_is_ranked_not_accused(events_named, text, ranked):
    found = events_named(text)
    assert not any(t == "ACCUSE" and o == ranked for t, _, o in found), found


@pytest.mark.parametrize("text, state", [
    # the speaker's own state standing behind an ally is a pledge: support, never blame of his own side
    ("Germany stands behind Israel, the German chancellor said.", "Germany"),
    ("The United States stands firmly behind Ukraine, President Biden said on Monday.", "United States"),
])
def test_a_speakers_own_state_standing_behind_an_ally_is_no_accusation(events_named, text, state):
    found = events_named(text)
    assert not any(t == "ACCUSE" and o == state for t, _, o in found), found
    assert any(t == "SUPPORT" and s == state for t, s, _ in found), found
