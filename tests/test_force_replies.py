"""Force told as an answer by the weapon after "with" ("police responded with tear gas") is an attack
(ASSAULT), on those after "to" or on the doers of the act a relative clause answers; an answer in words is none."""
import pytest

from newsgraph.extract import force


@pytest.mark.parametrize("text", [
    "Gendarmes in Dakar responded with tear gas and rubber bullets.",
    "The border guards replied with stun grenades.",
    "Soldiers at the checkpoint responded with volleys of rubber bullets.",
])
def test_an_answer_with_weapons_is_an_attack_by_the_answerers(analyse_text, text):
    assert any(ev.type == "ASSAULT" and ev.subject and ev.trigger in ("responded", "replied")
               for ev in analyse_text(text).events)


def test_the_answer_is_on_those_it_answers(analyse_text):
    events = analyse_text("Riot police responded to the students with water cannon.").events
    assert any(ev.type == "ASSAULT" and ev.object and "student" in ev.object for ev in events)


def test_a_relative_answer_is_on_the_doers_of_the_act_answered(analyse_text):
    events = analyse_text("Strikers threw bricks at the officers, who responded with pepper spray and batons.").events
    found = [ev for ev in events if ev.trigger == "responded"]
    assert found and all(ev.type == "ASSAULT" and ev.object and "striker" in ev.object for ev in found)


@pytest.mark.parametrize("text", [
    "The ministry responded with a short statement.",
    "Shareholders reacted with fury to the bonus.",
    "The rival firm answered with a lower bid.",
    "Labour MPs responded with a shot of their own.",
    "Republican senators responded with a round of applause.",
])
def test_an_answer_in_words_or_deals_is_no_attack(analyse_text, text):
    assert not [ev for ev in analyse_text(text).events if ev.type == "ASSAULT"]


def test_the_weapon_is_what_makes_the_answer_force(analyse_without):
    text = "Gendarmes in Dakar responded with tear gas and rubber bullets."
    events = analyse_without(text, (force, "force_reply", lambda verb, lex: None)).events
    assert not [ev for ev in events if ev.type == "ASSAULT"]


def test_the_answered_are_those_who_acted_against_the_answerers(analyse_text):
    events = analyse_text("Farmers attacked the bailiffs, who responded with tear gas.").events
    assert any(ev.trigger == "responded" and ev.object and "farmer" in ev.object for ev in events)
    events = analyse_text("Reporters photographed the guards, who responded with tear gas.").events
    assert not [ev for ev in events if ev.trigger == "responded" and ev.object]
