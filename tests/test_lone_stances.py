"""A named person's stand on a public matter, and anyone's condemnation of violence, are news with
no other side named, as is a judgement of an act ("said it was shameful to cut pensions")
(extract/lone_stances.py, used by extract/keep.py acts_alone and the sense
judge); a stand on a thing that is no public act, a defence of a plan, a stand only refused or
asked, and a firm's backing of a plan are not."""
from __future__ import annotations

import pytest


def lone(events_named, text, etype):
    return {subject for kind, subject, obj in events_named(text) if kind == etype and obj is None}


@pytest.mark.parametrize("text, etype, subject", [
    ("Gordon Brown praised the decision to cancel the debt.", "SUPPORT", "Gordon Brown"),
    ("Mr Kennedy criticised the budget on Wednesday.", "ACCUSE", "Kennedy"),
    ("Jacques Chirac condemned the bombing of the embassy in Kabul.", "ACCUSE", "Jacques Chirac"),
    ("Jacques Chirac condemned the attack on the embassy.", "ACCUSE", "Jacques Chirac"),
    ('Mr Kennedy said it was "utterly shameful" to cut pensions for the poor.', "ACCUSE", "Kennedy"),
    ("Ms Jowell said it was wrong to close the libraries.", "ACCUSE", "Jowell"),
])
def test_a_named_persons_stand_on_a_public_act_is_kept(text, etype, subject, events_named):
    assert any(subject in (s or "") for s in lone(events_named, text, etype)), text


@pytest.mark.parametrize("text, subject", [
    ("Gordon Brown gave his backing to the reforms.", "Gordon Brown"),                  # the matter after the noun
    ("Jack McConnell has thrown his weight behind the proposals.", "McConnell"),
])
def test_a_named_persons_backing_phrase_names_its_public_act(text, subject, events_named):
    assert any(subject in (s or "") for s in lone(events_named, text, "SUPPORT")), text


@pytest.mark.parametrize("text", [
    "Jack McConnell threw his weight behind the team.",                             # no public act
    "Gordon Brown gave his support to the festival.",
    "Gordon Brown was backed into a corner by the ruling.",
    "Chelsea were backed by their fans on Saturday.",
])
def test_other_backing_phrases_are_not(text, events_named):
    assert not lone(events_named, text, "SUPPORT"), text


@pytest.mark.parametrize("text, etype", [
    ("Gordon Brown praised the film at the festival.", "SUPPORT"),          # no public act
    ("Gordon Brown refused to back the plan.", "SUPPORT"),                  # a stand refused
    ("Gordon Brown defended his decision to raise taxes.", "SUPPORT"),      # one's own act
    ("Mr Kennedy criticised the campaign.", "ACCUSE"),                      # a campaign is no violence
    ("Mr Kennedy said it was nice to be back in Scotland.", "ACCUSE"),      # no judgement of an act
])
def test_other_stands_are_not(text, etype, events_named):
    assert not lone(events_named, text, etype), text


@pytest.mark.parametrize("text, etype, subject", [
    ("Maria Lopez welcomed the ceasefire on Monday.", "SUPPORT", "Maria Lopez"),        # a public matter the judge knew not
    ("Maria Lopez backed the strike on Monday.", "SUPPORT", "Maria Lopez"),           # events of public life
    ("Maria Lopez criticised the investigation into the shooting.", "ACCUSE", "Maria Lopez"),
    ("Maria Lopez welcomed the elections in the north.", "SUPPORT", "Maria Lopez"),
    ("Maria Lopez condemned the boycott of the parliament.", "ACCUSE", "Maria Lopez"),
    ("Maria Lopez welcomed the talks in Geneva.", "SUPPORT", "Maria Lopez"),
    ("Maria Lopez backed the war in 2003.", "SUPPORT", "Maria Lopez"),
])
def test_a_named_persons_stand_on_an_event_of_public_life_is_kept(text, etype, subject, events_named):
    assert any(subject in (s or "") for s in lone(events_named, text, etype)), text


@pytest.mark.parametrize("text, etype, subject", [
    ("Mr Kennedy also criticised attempts to bring in trials without juries.", "ACCUSE", "Kennedy"),
    ("Maria Lopez welcomed efforts to end the fighting.", "SUPPORT", "Maria Lopez"),
    ("Maria Lopez condemned the refusal to hand over the suspects.", "ACCUSE", "Maria Lopez"),
])
def test_a_stand_on_an_attempt_at_an_act_is_kept(text, etype, subject, events_named):
    assert any(subject in (s or "") for s in lone(events_named, text, etype)), text


@pytest.mark.parametrize("text, etype", [
    ("Maria Lopez praised efforts to buy the club.", "SUPPORT"),           # trade
    ("Maria Lopez criticised the attempts by the team.", "ACCUSE"),         # no act tried
    ("Maria Lopez welcomed the effort of the volunteers.", "SUPPORT"),
])
def test_a_stand_on_an_attempt_with_no_act_of_note_is_not(text, etype, events_named):
    assert not lone(events_named, text, etype), text
