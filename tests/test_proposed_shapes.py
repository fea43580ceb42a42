"""Parse shapes whose trigger word was there but whose event was not proposed, or lacked the side it
needs: a speech act joined to a reported clause (clause_roles.said_act_host), a participle modifier the
tagger read as a past tense (voice.participle_modifier), "whose" before an event noun
(noun_phrases.relative_owner) and an event's "of" phrase hung on its agent (frames.patient_after_agent).
Sentences are our own."""
from __future__ import annotations

import pytest


def roles(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


def has(found, doer: str | None, undergoer: str | None) -> bool:
    return any((doer is None or s and doer in s) and (undergoer is None or o and undergoer in o) for s, o in found)


# --- a speech act after a report is the speaker's where the reported clause's subject is no one

@pytest.mark.parametrize(("text", "etype", "doer", "undergoer"), [
    ("Karen Lund said it was too early to judge the reform and urged Sweden to wait.", "REQUEST",
     "karen lund", "sweden"),
    ("Karen Lund said the budget seemed to be a gamble and called on Denmark to rethink it.", "REQUEST",
     "karen lund", "denmark"),
    ("Omar Haddad says there is no money left and accuses Jordan of wasting the aid.", "ACCUSE",
     "omar haddad", "jordan"),
])
def test_a_speech_act_joined_to_a_report_is_the_speakers(text, etype, doer, undergoer, analyse_text):
    found = roles(analyse_text(text), etype)
    assert has(found, doer, undergoer), found


def test_a_reported_subject_that_names_someone_keeps_its_act(analyse_text):
    # "Denmark ... and accused": the reported clause names who accuses; the speaker is not made the accuser
    found = roles(analyse_text("Karen Lund said Denmark had lost patience and accused Sweden of lying."), "ACCUSE")
    assert not has(found, "karen lund", "sweden"), found


def test_a_joined_act_that_is_no_speech_act_stays_in_the_report(analyse_text):
    # a storm hits and kills: the speaker kills no one
    found = roles(analyse_text("Karen Lund said the storm hit the coast and killed five fishermen."), "ASSAULT")
    assert not has(found, "karen lund", None), found


# --- a participle modifier read as a past tense: the noun it is on undergoes

@pytest.mark.parametrize(("text", "etype", "doer", "undergoer"), [
    ("A nurse, shot in the leg by Russian soldiers, remained in hospital in Kyiv.", "ASSAULT", None, "nurse"),
    # the gunman shoots (the officer, described, is no name: the event is kept for its doer)
    ("The officer, shot in the leg by a gunman, remained in hospital on Friday.", "ASSAULT", "gunman", None),
])
def test_a_participle_on_a_noun_is_passive(text, etype, doer, undergoer, analyse_text):
    found = roles(analyse_text(text), etype)
    assert has(found, doer, undergoer), found


def test_a_past_tense_with_its_own_subject_is_active(analyse_text):
    # "the sniper who shot": active; the sniper is no one shot
    found = roles(analyse_text("Police said the sniper shot Marta Kowalska in the arm in Kyiv."), "ASSAULT")
    assert not has(found, None, "sniper"), found


# --- "whose": the noun the relative clause is on

@pytest.mark.parametrize(("text", "etype", "doer", "undergoer"), [
    ("Hundreds marched for Tomas Varga, whose arrest by Slovak police last month caused an outcry.", "COERCE",
     "police", "tomas varga"),
    ("The family of Karim Saleh, whose abduction by gunmen shocked Beirut, appealed for calm.", "ASSAULT",
     "gunmen", "karim saleh"),
    ("Hezbollah, whose attack on Israel killed two soldiers, said it acted alone.", "ASSAULT",
     "hezbollah", "israel"),
])
def test_whose_names_the_noun_of_its_clause(text, etype, doer, undergoer, analyse_text):
    found = roles(analyse_text(text), etype)
    assert has(found, doer, undergoer), found


def test_whose_owning_no_event_gives_none(analyse_text):
    found = roles(analyse_text("Tomas Varga, whose brother lives in Vienna, arrived in Bratislava."), "COERCE")
    assert not found, found


# --- "the N by AGENT of PATIENT": the "of" phrase hung on the agent

@pytest.mark.parametrize(("text", "etype", "doer", "undergoer"), [
    ("Riots in Lyon followed the killing by French police of a teenager.", "ASSAULT", "police", "teenager"),
    ("Lawyers condemned the detention by soldiers of Lina Haddad in Damascus.", "COERCE", None, "lina haddad"),
])
def test_the_of_phrase_after_the_agent_names_the_patient(text, etype, doer, undergoer, analyse_text):
    found = roles(analyse_text(text), etype)
    assert has(found, doer, undergoer), found


def test_a_followers_of_phrase_stays_the_agents(analyse_text):
    # supporters of Mr Varga are his; he is not attacked
    found = roles(analyse_text("The attack by supporters of Tomas Varga on the police station injured two."), "ASSAULT")
    assert not has(found, None, "tomas varga"), found


def test_a_past_with_a_conjoined_object_is_the_predicate(analyse_text):
    # "hit and killed a woman": the man hung on by the parser does it, and is no one hit
    found = roles(analyse_text("According to police, Darren Pike, 41, of Leeds, hit and killed a 70-year-old Ann Moss "
                               "outside a supermarket on Friday."), "ASSAULT")
    assert has(found, "darren pike", "ann moss") and not has(found, None, "darren pike"), found
