"""Violence stated by what was done with a weapon or to a body (extract/force.py), and attackers
named as described people or as the owner of a try (extract/attack_agents.py). Sentences written
for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, kind, doer, target", [
    # a held weapon shown at someone; the parser may hang "at" on the weapon
    ("A bouncer pointed a pistol at three students outside the bar in Leeds.", "THREATEN", "bouncer", "students"),
    ("The escapee pulled a knife on a taxi driver near the bus station in Mombasa.", "THREATEN", "escapee", "driver"),
    ("A hunter aimed his shotgun at two rangers in the reserve, officials said.", "THREATEN", "hunter", "rangers"),
    # a weapon used, at someone or not
    ("Troopers fired their weapons at the fleeing van on the motorway.", "ASSAULT", "troopers", None),
    ("Al-Shabaab fighters fired mortars from a hilltop near Baidoa overnight.", "ASSAULT", "shabaab", None),
    ("Masked youths threw firebombs at a police station in Belfast overnight.", "ASSAULT", "youths", "police"),
    # a beating of a person described by a common noun
    ("A group of inmates beat a prison warder with metal bars in Pretoria.", "ASSAULT", "inmates", "warder"),
    ("An angry customer beat a shop assistant in Nairobi on Tuesday.", "ASSAULT", "customer", "assistant"),
    # hostages, however "hostage" is parsed
    ("Armed robbers held a cashier and two customers hostage in a supermarket in Lyon.", "ASSAULT", "robbers",
     "cashier"),
    # restraint by force
    ("The intruders tied up a night watchman before looting the warehouse in Accra.", "COERCE", "intruders",
     "watchman"),
    ("Bandits gagged and bound the herders, villagers said.", "COERCE", "bandits", "herders"),
    # an armed person facing people down
    ("A man carrying a knife confronted two nurses at a clinic in Durban.", "THREATEN", "man", "nurses"),
    # the owner of a try would have done the act
    ("Coastguards foiled the smugglers' attempt to attack a patrol boat off Libya.", "ASSAULT", "smugglers", None),
    # "hostage" taken by the parser for a verb whose subject is the people held
    ("Police said Mendez took two prison nurses hostage on Sunday and fled in a stolen van.", "ASSAULT", "mendez",
     "nurses"),
    # a victim described by a noun of people or by a "who" clause
    ("A deputy shot a carjacker on the interstate near Tulsa, the sheriff said.", "ASSAULT", "deputy", "carjacker"),
    ("Odell fired shots at the foreman who had sacked him, police said.", "ASSAULT", "odell", "foreman"),
    # a described doer ("a convicted offender")
    ("A convicted offender pulled a gun on two deputies during a transfer in Ohio.", "THREATEN", "offender",
     "deputies"),
    # water cannon is a weapon, not shots fired into the water
    ("Riot police fired water cannon at protesters outside the parliament in Tbilisi.", "ASSAULT", "police",
     "protesters"),
])
def test_violence_by_weapon_blow_hostage_or_restraint(text, kind, doer, target, analyse_text, gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, kind)
    assert any(answers_to(s, doer) and (target is None or answers_to(o, target)) for s, o in found), found


@pytest.mark.parametrize("text", [
    # a win is no beating: a contestant, a team, a record
    "The defending champion beat her rival in straight sets in Melbourne.",
    "Leeds beat Hull 3-1 at Elland Road on Saturday.",
    # a figurative hostage, a tie in a game, a camera pointed
    "The opposition held the budget hostage for weeks in parliament.",
    "The photographer pointed his camera at the crowd outside the court.",
    # shots at no one, a football shot
    "Soldiers fired warning shots into the air to clear the road.",
    "The navy fired a test missile into the sea off its east coast.",
    "The striker fired a shot over the bar in the second half.",
    # a ball thrown, a manager approached
    "The pitcher threw a curveball to the batter in the ninth inning.",
    # bound by duty, tied up with paperwork, a figurative capture of people
    "The province is bound by treaty to admit the refugees.",
    "Critics say the reform ties teachers up with forms.",
    "The puzzle has captivated and captured mathematicians for decades.",
    # held back with care, not by force
    "Nurses had to restrain a confused patient who tried to leave the ward.",
])
def test_not_violence(text, analyse_text, gazetteer):
    analysis = analyse_text(text)
    assert not [e for e in analysis.events if e.type in ("ASSAULT", "THREATEN", "COERCE")], \
        [(e.type, e.trigger) for e in analysis.events]


def test_the_dead_are_not_the_throwers(analyse_text, gazetteer):
    # the parser hangs "after masked men" on the wrong verb, leaving the clause without its subject
    text = "Three clerks died in a shop which burned after masked men smashed the door and hurled firebombs inside."
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT")
    assert not any(answers_to(s, "clerks") for s, _ in found), found


@pytest.mark.parametrize("text, kind, wrong", [
    # people held hostage are abducted (PLOVER ASSAULT, mode abduct); people held by police are detained
    ("Pirates held the crew of the tanker hostage off Somalia for two months.", "ASSAULT", "COERCE"),
    ("Police detained two suspects after the robbery in Leeds.", "COERCE", "ASSAULT"),
])
def test_hostages_held_are_abducted_not_detained(text, kind, wrong, analyse_text):
    found = {e.type for e in analyse_text(text).events}
    assert kind in found and wrong not in found, found
