"""Words the parser joins to the wrong clause (extract/misjoined.py): a conjunct of an agent that is
the subject of the verb after it, and a past verb joined to a bare verb under "would" in a reported
clause (it is the speaker's act). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The payments to Karl Obst are being investigated by the Kenyan police and the World Bank has asked "
    "for the findings to be published.",
    "The bribery claims against the minister are being investigated by the Kenyan police and the World Bank "
    "has demanded a full report.",
])
def test_a_conjunct_opening_the_next_clause_is_no_agent(events_named, text):
    events = events_named(text)
    assert any(e[0] == "ACCUSE" and e[1] == "Kenyan police" for e in events)
    assert not any(e[0] == "ACCUSE" and e[1] == "World Bank" for e in events)


def test_agents_joined_by_and_stay_agents(events_named):
    # no verb follows the second agent: both are agents
    events = events_named("The mayor of Tarn was attacked by protesters and police officers on Friday.")
    assert {e[1] for e in events if e[0] == "ASSAULT"} == {"protesters", "police officers"}


@pytest.mark.parametrize("text, speaker, party", [
    ("Theresa Cole said the Green Party would publish its manifesto next week and criticised the Liberal Democrats.",
     "Theresa Cole", "Green Party"),
    ("Viktor Orban said Hungary would veto the plan and accused Germany of blackmail.", "Viktor Orban", "Hungary"),
])
def test_a_past_verb_beside_a_reported_would_is_the_speaker_s(events_named, text, speaker, party):
    events = events_named(text)
    assert any(e[0] == "ACCUSE" and e[1] == speaker for e in events)
    assert not any(e[0] == "ACCUSE" and e[1] == party for e in events)


def test_a_bare_verb_beside_would_keeps_the_reported_subject(events_named):
    # "would veto ... and block": both bare, both the reported subject's
    events = events_named("Viktor Orban said Hungary would veto the plan and block the sanctions on Russia.")
    assert not any(e[1] == "Viktor Orban" and e[0] in ("REJECT", "SANCTION") for e in events)


def test_a_charge_hung_on_the_accused_is_the_accused_s_act(events_named):
    # the parser hangs "of offering" on "the Lib Dems", not on "accused"
    events = events_named('Green Party leader Carla Denby accused the Lib Dems of offering "empty promises" to '
                          "students and said their figures were wrong.", "certainty")
    assert ("AGREE", "Liberal Democrats", "students", "alleged") in events
    assert not any(e[0] == "AGREE" and e[1] == "Carla Denby" for e in events)


def test_the_conjunct_opening_the_next_clause_is_its_subject_alone(events_named):
    events = events_named("The merger was rejected by the founding Weber family and Mr Hallam subsequently resigned.")
    assert {e[1] for e in events if e[0] == "RETREAT"} == {"Hallam"}


@pytest.mark.parametrize("text, kind, doer, done_to", [
    # the parser reads the participle after the subject as the main verb and hangs the real one on it
    ("Troops patrolling the town on Sunday shot dead two gunmen.", "ASSAULT", "troops", "gunmen"),
    ("The French navy escorting the convoy on Tuesday seized a pirate skiff, detaining seven suspects.",
     "COERCE", "French navy", "suspects"),
])
def test_a_verb_hung_on_a_participle_takes_the_subject_before_it(events_named, text, kind, doer, done_to):
    found = events_named(text)
    assert (kind, doer, done_to) in found, found


def test_a_verb_with_its_own_subject_keeps_it(events_named):
    found = events_named("Soldiers were guarding the checkpoint on Sunday when gunmen shot dead two civilians.")
    assert ("ASSAULT", "gunmen", "civilians") in found, found
    assert not any(t == "ASSAULT" and s == "soldiers" for t, s, _ in found), found


@pytest.mark.parametrize("text, held, not_held", [
    # the parser joins the second clause's subject to the noun before it and leaves "was detained" without one
    ("The talks were a failure and opposition leader Ali Karimi was detained by police on Monday.", "Ali Karimi",
     "failure"),
    ("Hockey is a tough game and fellow Oilers winger Mark Sutter was arrested last month.", "Mark Sutter", "game"),
])
def test_a_finite_passive_undergone_by_the_noun_stranded_before_it(events_named, text, held, not_held):
    objects = {e[2] for e in events_named(text) if e[0] == "COERCE"}
    assert held in objects
    assert not any(o and not_held in o for o in objects)


def test_the_first_clause_is_not_what_a_stranded_passive_acts_on(events_named):
    # "rugby is ... and fellow Saracen Tom Brand was arrested": the one arrested is Brand, never rugby
    rows = events_named("Of course, rugby is the ultimate team game and fellow Saracen Tom Brand was arrested last"
                        " month for speeding.", "object_text")
    assert not any(e[0] == "COERCE" and e[3] == "rugby" for e in rows)


def test_a_passive_with_its_own_subject_keeps_it(events_named):
    # "the Danish envoy was expelled": a subject of its own, nothing stranded
    objects = {e[2] for e in events_named("The talks collapsed and the Danish envoy was expelled by Iran.")
               if e[0] == "SANCTION"}
    assert objects == {"Denmark"}
