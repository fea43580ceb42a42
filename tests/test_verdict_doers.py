"""The doer of the crime a verdict names is the one convicted, found guilty, acquitted or cleared,
never the court, judge or jury that gives the verdict, also where the parser hangs the crime's
"of" phrase on a date ("found X guilty Friday of killing") (clause_roles.accused_doer,
misjoined.accusing_head). An acquittal leaves the act alleged. Sentences written for these tests;
the names are made up."""
from __future__ import annotations

import pytest

COURTS = ("jury", "court", "judge")


@pytest.mark.parametrize("text, doer, victim", [
    ("A jury found Dana Whitlock guilty Friday of killing her business partner.", "Dana Whitlock", "partner"),
    ("Ben Carter stood trial in May. A jury found Carter guilty Friday of killing his wife.", "Ben Carter", "wife"),
    ("The jury found Dana Whitlock guilty on Monday of stabbing a taxi driver.", "Dana Whitlock", "driver"),
    ("A jury in Carver County convicted Ben Carter on Tuesday of shooting a shop clerk.", "Ben Carter", "clerk"),
    ("A jury acquitted Ben Carter of beating a prison guard.", "Ben Carter", "guard"),
    ("The court cleared Dana Whitlock of attacking a bus driver.", "Dana Whitlock", "driver"),
    ("The judge convicted Ben Carter of assaulting his neighbour.", "Ben Carter", "neighbour"),
])
def test_the_one_the_verdict_names_did_the_crime(events_named, text, doer, victim):
    attacks = {(s, o) for t, s, o in events_named(text) if t == "ASSAULT"}
    assert any(s == doer and victim in (o or "") for s, o in attacks), attacks
    assert not any(s and any(c in s.lower() for c in COURTS) for s, _ in attacks), attacks


@pytest.mark.parametrize("text, certainty", [
    ("A jury acquitted Ben Carter of beating a prison guard.", "alleged"),
    ("The court cleared Dana Whitlock of attacking a bus driver.", "alleged"),
    ("A jury convicted Ben Carter of beating a prison guard.", "asserted"),
])
def test_an_acquittal_leaves_the_act_alleged(events_named, text, certainty):
    found = {c for t, _, _, c in events_named(text, "certainty") if t == "ASSAULT"}
    assert found == {certainty}, found


@pytest.mark.parametrize("text, doer", [
    ("The judge ordered the police to arrest Ben Carter.", "police"),           # an order, not a crime
    ("The court found the bodies of two men after the storm.", None),          # finding, no verdict
])
def test_a_court_that_orders_or_finds_is_no_verdict(events_named, text, doer):
    found = events_named(text)
    assert not any(t == "ASSAULT" for t, _, _ in found), found
    if doer is not None:
        assert any(t == "COERCE" and s and doer in s.lower() for t, s, _ in found), found


def test_cleared_of_without_a_person_leaves_the_clearer_alone(events_named):
    # "cleared the town of fighters": no verdict, no crime
    found = events_named("Soldiers cleared the village of rebel fighters on Sunday.")
    assert not any(t == "ASSAULT" and s == "rebel fighters" for t, s, _ in found), found


@pytest.mark.parametrize("text, accused, victim", [
    # the parser reads "a man ... dead his neighbour" as a clause under the verdict: the man shot, not the jury
    ("A jury in Fresno on Monday convicted a 31-year-old woman of shooting dead her landlord.", "woman", "landlord"),
    ("A jury on Friday convicted a man of shooting dead his neighbour.", "man", "neighbour"),
])
def test_a_verdict_misread_as_a_clause_still_names_the_accused(analyse_text, text, accused, victim):
    events = analyse_text(text).events
    attacks = [(e.subject_text, e.object_text) for e in events if e.type == "ASSAULT"]
    assert attacks and all(accused in s and victim in o for s, o in attacks), attacks
    assert any(e.type == "SANCTION" and accused in e.object_text and "jury" in e.subject_text for e in events), events


def test_the_verdict_of_a_near_sentence_stays(analyse_text):
    events = analyse_text("A court in Ohio on Monday convicted a 40-year-old woman of stabbing her husband.").events
    assert {(e.type, e.subject_text, e.object_text) for e in events} == {
        ("SANCTION", "A court", "a 40-year-old woman"), ("ASSAULT", "a 40-year-old woman", "her husband")}


@pytest.mark.parametrize("text, victim", [
    ("Police arrested a man on suspicion of shooting dead a shopkeeper.", "shopkeeper"),
    ("The man is accused of shooting dead a shopkeeper.", "shopkeeper"),
])
def test_the_one_shot_dead_is_the_gerunds_object(analyse_text, text, victim):
    # "dead" and the victim both read as predicates of the gerund: the victim is still its object
    attacks = [(e.subject_text, e.object_text) for e in analyse_text(text).events if e.type == "ASSAULT"]
    assert attacks == [("a man" if "a man" in text else "The man", "a shopkeeper")], attacks


def test_a_reduced_relative_read_as_a_clause_keeps_its_accused_as_doer(analyse_text):
    # "the woman accused of ..." read as "the woman accused (someone) of ...": a bare participle's subject is the accused
    text = "Her pastor says the woman accused of stabbing two co-workers and badly hurting a third at the bakery " \
           "in Boston is a kind person."
    attacks = [e for e in analyse_text(text).events if e.trigger == "stabbing"]
    assert attacks and all(e.subject_text == "the woman" and e.certainty == "alleged" for e in attacks), attacks
