"""An aim told by someone else than its owner is no plan announced (extract/told_aims.py): "X's goal is to
seize the port", told by the narrator or an analyst, makes no event done by X; the owner's own telling
("X said its aim is to") or an aim called stated or declared keeps it. Sentences of our own."""
from __future__ import annotations

import pytest


def acts_by(analysis, owner: str, trigger: str) -> set[str]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {e.type for e in analysis.events if e.trigger == trigger and owner in names.get(e.subject, "")}


@pytest.mark.parametrize("text, owner, trigger", [
    ("The Serbian government's endgame is to capture Pristina.", "Serbia", "capture"),
    ("Turkey's aim is to expel the Kurdish militia from Manbij, analysts say.", "Turkey", "expel"),
    ("Eritrea's goal is to seize the port of Assab from Ethiopia.", "Eritrea", "seize"),
    ("Western diplomats believe Iran's objective is to topple the government of Bahrain.", "Iran", "topple"),
    ("Pakistan's ambition is to seize Kashmir from India, Indian commentators argue.", "Pakistan", "seize"),
    ("Sudan's intention is to expel the UN mission from Darfur, according to aid workers.", "Sudan", "expel"),
    ("Libya's purpose is to seize the oil fields from Chad.", "Libya", "seize"),
])
def test_an_aim_that_others_tell_is_no_act_of_its_owner(text, owner, trigger, analyse_text):
    assert acts_by(analyse_text(text), owner, trigger) == set()


@pytest.mark.parametrize("text, owner, trigger", [
    ("Turkey said its aim is to expel the Kurdish militia from Manbij.", "Turkey", "expel"),
    ("Eritrea's stated goal is to seize the port of Assab from Ethiopia.", "Eritrea", "seize"),
    ("Iran's declared objective is to topple the government of Bahrain.", "Iran", "topple"),
    ("Pakistan's avowed aim is to seize Kashmir from India.", "Pakistan", "seize"),
    ("Sudan's announced intention is to expel the UN mission from Darfur.", "Sudan", "expel"),
    ("Libya's proclaimed goal is to seize the oil fields from Chad.", "Libya", "seize"),
])
def test_an_aim_its_owner_states_stays(text, owner, trigger, analyse_text):
    assert acts_by(analyse_text(text), owner, trigger)


def test_a_plan_told_by_the_narrator_is_the_planners(analyse_text):
    # noun_control.planner's reading, which this rule leaves alone
    assert acts_by(analyse_text("Turkey's plans to expel the Kurdish militia from Manbij were revealed."), "Turkey", "expel")
