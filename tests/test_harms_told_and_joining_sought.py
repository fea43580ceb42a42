"""Words read in a sense that is no act between sides (extract/judged_conduct.py, extract/sense_conflict.py,
extract/everyday.py, extract/framing.py), each checked to be made without its rule, each with a sentence of the same words that
stays an event. Sentences of our own.

- an attack a statement tells through its own participle ("wrecked the party, killing the manager, police
  said") is reported, not conduct the speaker judges: the attack is the event, no accusation;
- a harm beside a death in a quake or a crash is the mishap's too ("ten were killed and 50 injured when
  the earthquake struck"): the death is no sign of an attack; a death after the victim's own fall ("was
  killed after falling 2,000ft") is an accident; buildings "toppled" in a quake story are no one's act;
- a game "released" is out in the shops, no one set free (the session's starting code made a RETREAT of it);
- joining that an actor has long waited or campaigned for ("has been waiting for a decade to join the
  WTO") is membership sought, not held."""
from __future__ import annotations

import pytest

from named_events import event_types, type_triggers
from newsgraph.extract import everyday, framing, judged_conduct, sense_conflict


def accusations(analysis):
    return {(e.subject, e.object) for e in analysis.events if e.type == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "Police said a sacked worker had wrecked the office party in Leeds, killing the manager.",
    "A sacked worker wrecked the office party in Leeds, killing the manager, police said.",
])
def test_an_attack_told_in_a_statement_is_reported_not_judged(analyse_text, analyse_without, text):
    without = analyse_without(text, (judged_conduct, "_told_attack", lambda clause: False))
    assert accusations(without), "the rule is what drops the accusation"
    analysis = analyse_text(text)
    assert not accusations(analysis)
    assert "ASSAULT" in event_types(analysis)      # the killing itself stays


@pytest.mark.parametrize("text", [
    "The Liberal Democrats said the Home Office had wrecked the asylum system, ignoring the warnings.",
    "Amnesty International said the Home Office had tried to undermine the courts and killed the inquiry.",
])
def test_conduct_faulted_beside_no_attack_still_accuses(analyse_text, text):
    assert accusations(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Twelve people were killed and at least 40 injured when an earthquake struck villages in Gansu.",
])
def test_harm_beside_a_death_in_a_mishap_is_no_attack(analyse_text, analyse_without, text):
    harms = {t for t in type_triggers(analyse_without(text, (sense_conflict, "armed_sign", sense_conflict.violent)))
             if t[0] == "ASSAULT"}
    assert harms, "the rule is what drops the harm"
    assert not {t for t in type_triggers(analyse_text(text)) if t[0] == "ASSAULT"}


@pytest.mark.parametrize("text, trigger", [
    ("Three soldiers were killed and five injured when gunmen ambushed a convoy after the crash.", "ambushed"),
    ("Two men were killed and four injured when rebels shelled the market after the earthquake.", "shelled"),
])
def test_harm_in_a_mishap_story_with_an_attack_stays(analyse_text, text, trigger):
    assert ("ASSAULT", trigger) in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text", [
    "A climber was killed when falling from a ridge on Ben Nevis.",
    "A Dutch tourist has been killed after falling 300ft while walking in the Alps.",
])
def test_a_death_after_the_victims_own_fall_is_no_attack(analyse_text, analyse_without, text):
    without = analyse_without(text, (everyday, "own_fall", lambda verb: False))
    assert ("ASSAULT", "killed") in type_triggers(without), "the rule is what drops the death"
    assert ("ASSAULT", "killed") not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, trigger", [
    ("Three soldiers were killed after the town fell to the rebels.", "killed"),
    ("A soldier was shot after falling behind his unit near Kandahar.", "shot"),
])
def test_a_fall_that_is_no_ones_own_or_beside_gunfire_stays(analyse_text, text, trigger):
    assert ("ASSAULT", trigger) in type_triggers(analyse_text(text))


QUAKE = "An earthquake struck the island of Sumba on Sunday. "


def test_buildings_toppled_in_a_quake_story_are_no_ones_act(analyse_text, analyse_without):
    text = QUAKE + "Buildings were toppled in the capital, Waingapu, as the quake shook the region."
    without = analyse_without(text, (sense_conflict, "disaster_story", lambda doc, cues: False))
    assert ("COERCE", "toppled") in type_triggers(without), "the rule is what drops it"
    assert ("COERCE", "toppled") not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    (QUAKE + "The quake cut roads. Looters were arrested in the capital, Waingapu.", ("COERCE", "arrested")),
    ("Protesters toppled a statue of the governor in Waingapu on Sunday.", ("COERCE", "toppled")),
])
def test_arrests_and_acts_of_people_in_a_quake_story_stay(analyse_text, text, event):
    assert event in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Serbia has been waiting for a decade to join the European Union.",
])
def test_joining_long_waited_for_is_no_membership(analyse_text, analyse_without, text):
    without = analyse_without(text, (framing, "SOUGHT_BY", framing.SOUGHT_BY - {"advcl"}))
    assert "AFFILIATION" in event_types(without), "the rule is what drops the membership"
    assert "AFFILIATION" not in event_types(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Montenegro joined NATO in 2017 after waiting for a decade.",
    "Sweden joined NATO in 2024 after waiting for two years.",
])
def test_joining_done_stays_membership(analyse_text, text):
    assert "AFFILIATION" in event_types(analyse_text(text))


def test_a_game_released_is_no_one_set_free(analyse_text):
    got = type_triggers(analyse_text("Sega released its new game Sonic Riders in Japan, with a US release planned for spring."))
    assert not {t for t in got if t[0] == "RETREAT"}, got


@pytest.mark.parametrize("text", [
    "Iran released two British sailors on Friday.",
    "Hamas released three Israeli hostages in Gaza on Sunday.",
])
def test_people_released_stay_a_retreat(analyse_text, text):
    assert "RETREAT" in event_types(analyse_text(text))
