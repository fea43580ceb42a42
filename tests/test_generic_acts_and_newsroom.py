"""Precision rules (session 45, not an event): an act told of any one of a kind (extract/generic_acts.py,
called by idle_acts.idle in the gate), a person spoken to as the press by a newsroom trade
(sense_cooperative.audience, judge.yaml newsroom_roles) and a state of things welcomed as a clause
(political_stances.fact_told, judge.yaml told_facts); a backer in a hyphened modifier stays. Sentences of our own;
each dropped event is checked to be made without the rule, and the acts the rules must leave are checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import idle_acts, political_stances, sense_cooperative, trips
from newsgraph.wordlists import words


@pytest.fixture()
def without_rules(analyse_without):
    return lambda text: analyse_without(text, (idle_acts, "generic_act", lambda event, trigger: None),
                                        (sense_cooperative, "NEWSROOM", frozenset()),
                                        (political_stances, "TOLD_FACTS", frozenset()),
                                        # session 52's speaking-participle rule drops the interview too (trips.py)
                                        (trips, "remarks_occasion", lambda trigger: False))


@pytest.mark.parametrize("text, event", [
    # a gerund subject weighed in the present or under a modal: the act as a kind, nothing done
    ("Attacking civilians is a war crime under the Geneva conventions.", ("ASSAULT", "Attacking")),
    ("Arresting the protesters would only inflame the crisis, the mayor warned.", ("COERCE", "Arresting")),
    ("Simply banning foreign journalists means that the war goes unreported.", ("COERCE", "banning")),
    # a clause of when or where about any one of a kind: a rule of what follows
    ("When a soldier kills a civilian, the army opens an inquiry.", ("ASSAULT", "kills")),
    ("Where a driver is arrested for drink-driving, the court must ban him for a year.", ("COERCE", "arrested")),
    # a person spoken to by a newsroom trade is the press, not a party to talks
    ("Speaking to BBC correspondent Jon Smith, the minister said the budget was safe.", ("CONSULT", "Speaking")),
    ("The general, speaking to Reuters correspondent Ann Lee, denied the claims.", ("CONSULT", "speaking")),
    ("The minister spoke to Paul Reed, a Times columnist, about the strike.", ("CONSULT", "spoke")),
    # a political speaker welcoming a state of things told as a clause backs no one's act
    ("The shadow health secretary welcomed the fact that waiting lists had fallen.", ("SUPPORT", "welcomed")),
    ("The foreign minister welcomed the news that the hostages were safe.", ("SUPPORT", "welcomed")),
])
def test_acts_of_a_kind_and_press_interviews_are_dropped(text, event, analyse_text, without_rules):
    assert event in type_triggers(without_rules(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # a gerund subject in the past tells an act done
    ("Killing the hostages was a grave mistake, the rebel commander admitted.", ("ASSAULT", "Killing")),
    # a clause of when in the past tells one act
    ("When the soldiers opened fire on the crowd, dozens fled.", ("ASSAULT", "fire")),
    ("Police arrested the driver when he refused to stop.", ("COERCE", "arrested")),
    # talks with a person of no newsroom trade stay talks
    ("The minister spoke to committee chairman John Reed about the budget on Monday.", ("CONSULT", "spoke")),
    # backing told by a verb of its own clause is an act of backing; so is a state's backing of an armed
    # group or a government told by a hyphened modifier (the development set codes it SUPPORT)
    ("The Iranian-backed militia fired rockets across the border overnight.", ("SUPPORT", "backed")),
    ("The US-backed government in Kabul faces a growing insurgency.", ("SUPPORT", "backed")),
    ("Iran backed the militia's demands for new elections on Monday.", ("SUPPORT", "backed")),
    # a decision welcomed is a stand on an act
    ("The shadow health secretary welcomed the decision to close the ward.", ("SUPPORT", "welcomed")),
])
def test_acts_done_and_talks_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


def test_newsroom_roles_are_trades_of_the_press():
    assert {"correspondent", "reporter", "columnist"} <= words("newsroom_roles")
    assert "chairman" not in words("newsroom_roles")
