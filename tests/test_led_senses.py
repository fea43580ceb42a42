"""Senses of "lead" and "head" that lead no actor (extract/led_senses.py): play and its results in a
sport story, a cause or a chase, a way headed, a thing at whose head someone stands; a leader of
people and bodies stays LEADERSHIP. Sentences of our own, each of which the verb alone made a
LEADERSHIP between two named sides."""
from __future__ import annotations

import pytest

from named_events import named_sides

MATCH = ("Leeds beat Hull 3-1 at Elland Road on Saturday. The striker scored twice before half-time and the "
         "goalkeeper saved a penalty as the league leaders stretched their unbeaten run to ten games. ")


def leadership(analysis) -> set[tuple]:
    return named_sides(analysis, "LEADERSHIP")


@pytest.mark.parametrize("text, led", [
    (MATCH + "Aaron Hughes led the Rams in tackles and forced a fumble.", "Rams"),
    (MATCH + "Smith passed for three touchdowns to lead the Ravens over the Bengals.", "Ravens"),
    (MATCH + "Kevin Barker headed Leeds United in front from a corner in the fifth minute.", "Leeds United"),
])
def test_play_leads_no_one(analyse_text, text, led):
    assert not {row for row in leadership(analyse_text(text)) if row[1] == led}


@pytest.mark.parametrize("text, led", [
    ("Pete Doherty unplugged Carl Barat's guitar, leading Barat to walk off stage.", "Carl Barat"),   # a cause
    ("The stolen car's driver led state troopers on a chase across three counties.", "state troopers"),
    ("The White House moved to head off Beijing's retaliation.", "China"),        # a way taken off
    ("Glazer's latest move is being led by his sons Avi and Joel Glazer.", "Glazer"),   # a move, not its maker
    ("Adele's album led the British charts for six weeks.", "United Kingdom"),   # a chart
])
def test_causes_chases_ways_and_things_are_no_leadership(analyse_text, text, led):
    assert not {row for row in leadership(analyse_text(text)) if row[1] == led}


@pytest.mark.parametrize("text, leader, body", [
    ("Kim Jong Un has led North Korea since 2011.", "Kim Jong Un", "North Korea"),
    ("Hassan Nasrallah headed Hezbollah for three decades.", "Hassan Nasrallah", "Hezbollah"),
    # a party led to victory outside a sport story is led by its leader
    ("Tony Blair led Labour to a third election victory in 2005.", "Tony Blair", "Labour Party"),
    ("Nelson Mandela led the African National Congress over four decades.", "Nelson Mandela",
     "African National Congress"),
])
def test_leaders_of_people_and_bodies_stay(analyse_text, text, leader, body):
    assert (leader, body) in leadership(analyse_text(text))


def test_a_title_read_as_the_verb_has_the_person_lead_the_body(analyse_text, analyse_without):
    """"Boeing head Harry Stonecipher is set to ...": the parser reads the title as the verb, Boeing
    "heading" Stonecipher; the person leads the body."""
    from newsgraph.extract import led_senses
    text = "Boeing head Harry Stonecipher is now set to succeed Mr Condit."
    assert ("Harry Stonecipher", "Boeing") in leadership(analyse_text(text))
    assert ("Boeing", "Harry Stonecipher") not in leadership(analyse_text(text))
    unturned = analyse_without(text, (led_senses, "title_read_as_verb", lambda c, entity_type: False))
    assert ("Boeing", "Harry Stonecipher") in leadership(unturned)
