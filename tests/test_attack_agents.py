"""Attackers and victims in forms the clause's own arguments miss (extract/attack_agents.py,
responsibility.py, targets.py): a "by" phrase hung on the victim, attackers described as unknown,
one police officer for the force, a weapon's relative clause, a passive of blame, and people fired
on. Sentences written for these tests."""
import pytest

from named_events import folded_sides
from newsgraph.resolve.names import fold


@pytest.mark.parametrize("text, attacker", [
    # the parser puts "by X" on the victim of the act noun
    ("The murder of a local journalist by cartel gunmen shocked the town.", "gunmen"),
    ("The abduction of a priest by ISWAP fighters was condemned by the bishop.", "islamic state west africa"),
    # people described as unknown, as the doers of violence
    ("A shopkeeper was stabbed by unknown men outside his store in Karachi.", "unknown men"),
    ("A trader was shot dead by unidentified persons in Imphal.", "unidentified persons"),
    # one officer of a police force: the force acted
    ("A 17-year-old was shot by a police officer during a traffic stop in Nanterre.", "police"),
    ("A state trooper shot a driver on the highway near Austin.", "police"),
    # the weapon's relative clause names who used it
    ("The mine, which was laid by Houthi fighters, killed four children near Taiz.", "houthi"),
    # "they" and "the group" point back at the plural group last a subject
    ("Two men broke into a pharmacy in Lyon. They stabbed a security guard and fled.", "men"),
    ("Dozens of masked youths gathered near the stadium. The group attacked riot police with stones.", "youths"),
    # plural people doing violence to someone named
    ("Angry people pelted police officers with stones after the match was abandoned.", "people"),
    # verbs joined under a clause the parser hung on another verb share that verb's subject
    ("A man who had just been let go from his job came in, shot and killed a supervisor, police said.", "man"),
    # a passive of blame on the attack noun
    ("The raid, which left six villagers dead, was blamed on Ansaru.", "ansaru"),
])
def test_the_attacker_is_found(text, attacker, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(any(fold(attacker) in n for n in subj) for subj, _ in found), found


@pytest.mark.parametrize("text", [
    # a "by" phrase of place or time names no attacker
    "The killing of a farmer by the river in Jos was reported on Monday.",
    # people not known, doing no violence, are no armed group
    "Unidentified men visited the office of the governor on Monday.",
])
def test_no_attacker_is_made_up(text, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert all(not subj or not any("river" in n or "men" in n for n in subj) for subj, _ in found), found


def test_an_armed_person_firing_on_people_is_an_attack(analyse_text, gazetteer):
    found = folded_sides(analyse_text("A gunman opened fire on diners at a restaurant in Ohio."), gazetteer, "ASSAULT")
    assert any(any("gunman" in n for n in subj) for subj, _ in found), found


@pytest.mark.parametrize("text, killed", [
    # the toll a reporting verb gives, in the event's sentence or the one after it
    ("On 2 May 2024, RSF fighters shelled Babanusa; local medics reported 6 civilians killed.", 6),
    ("On 4 May 2024, a drone struck a bus near Kramatorsk. Regional officials reported 3 fatalities.", 3),
])
def test_a_reported_toll_is_the_events(text, killed, analyse_text):
    tolls = [e.quantities.get("killed") for e in analyse_text(text).events if e.type == "ASSAULT"]
    assert killed in tolls, tolls


def test_people_named_by_their_relation_count_as_victims(analyse_text):
    tolls = [e.quantities.get("killed") for e in analyse_text(
        "A gunman killed his uncle and a stranger in Leeds on Friday.").events if e.type == "ASSAULT"]
    assert 2 in tolls, tolls


def test_commuters_fired_on_make_an_attack(analyse_text):
    events = analyse_text("The gunman opened fire on commuters at a station in Leeds.").events
    assert any(e.type == "ASSAULT" and e.subject for e in events), events


@pytest.mark.parametrize("text, target", [
    ("Jihadists killed five herders near Dori on Sunday.", "herders"),
    ("Gunmen shot dead 12 loggers in a forest near Birnin Gwari.", "loggers"),
])
def test_counted_victims_of_any_kind_are_the_target(text, target, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert any(any(target in n for n in obj) for _, obj in found), found


def test_counted_soldiers_of_no_side_stay_no_target(analyse_text, gazetteer):
    found = folded_sides(analyse_text("Militants killed four soldiers near Gao on Monday."), gazetteer, "ASSAULT")
    assert found and all(not obj for _, obj in found), found
