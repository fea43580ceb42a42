"""An act a verb of stopping, ending or easing acts on is under way (extract/stopped_acts.py): the attempt,
modal or "not" of that verb is not the act's, nor that of the clause a definite act dates by "following"; an
act only prevented, averted or put off, one done at one stroke ("the prisoner's execution"), or one named by an
indefinite or bare noun, keeps the mood above it.
Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis, event_type: str) -> list[tuple[str, bool]]:
    return [(e.certainty, e.negated) for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Police could not stop the rebels' attack on the village.", "ASSAULT"),
    ("The minister tried to halt Israel's bombing of Gaza.", "ASSAULT"),
    ("Sheriff's deputies did not halt the gang's assault on the prison guards.", "ASSAULT"),
    ("Mediators hope to stop the militia's shelling of Kismayo.", "ASSAULT"),
    ("Officials tried to block the FBI's corruption investigation.", "ACCUSE"),
    ("Troops may leave the town following the rebels' attack on the base.", "ASSAULT"),
    ("Troops did not leave the town following the rebels' attack on the base.", "ASSAULT"),
    ("Mr Hale will be sentenced following Mr Kemp's trial.", "ACCUSE"),
])
def test_the_act_a_verb_of_stopping_acts_on_is_under_way(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and all(claim == ("asserted", False) for claim in found), found


def test_hearsay_above_the_stopping_verb_still_reaches_the_act(analyse_text):
    found = claims(analyse_text("Police officers are said to have tried to break up the rebels' attack on the town."),
                   "ASSAULT")
    assert found and all(claim == ("reported", False) for claim in found), found


@pytest.mark.parametrize("text", [
    "Troops may leave the town following an attack on the base by the rebels.",
    "The minister will try to avert Israel's bombing of Gaza.",
    "The envoy tried to postpone Israel's bombing of Gaza.",
])
def test_an_act_averted_or_put_off_keeps_the_mood_above_it(analyse_text, text):
    found = claims(analyse_text(text), "ASSAULT")
    assert found and all(certainty == "possible" for certainty, _ in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    ("Lawyers tried to stop the execution of the prisoner.", "ASSAULT"),
    ("Activists tried to block the deportation of the refugees.", "COERCE"),
])
def test_an_act_done_at_one_stroke_is_not_under_way_before_it_is_done(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and all(certainty == "possible" for certainty, _ in found), found


def test_the_stopping_verb_keeps_its_own_mood(analyse_text):
    found = claims(analyse_text("Officials tried to block the FBI's corruption investigation."), "COERCE")
    assert all(certainty == "possible" for certainty, _ in found), found
