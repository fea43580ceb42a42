"""A thing that lets people act concedes nothing (extract/everyday.py, CONCEDE by a verb of letting):
PLOVER CONCEDE is an actor easing its own demands or restrictions; "the law allows people to copy CDs"
or "the new imaging enabled rescuers to find the roads" states what a law or a technique makes possible.
An actor that lets someone act still concedes ("the court allowed the firm to sell"), or, letting people or
goods in, gives access (PLOVER RETREAT: "Israel allowed aid trucks to enter Gaza"). The -ing form of a
verb of letting with no subject or auxiliary of its own tells an outcome or a topic, not an act of letting
("..., allowing Norway to sell gas"; extract/letting.py, session 29). Sentences of our own; each dropped event is checked to be made without the rule."""
from __future__ import annotations

import pytest

from newsgraph.extract import everyday, letting


def concessions(analysis) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == "CONCEDE"]


@pytest.mark.parametrize("text", [
    "Dutch law does allow shops to sell cannabis to adults.",
    "French law permits unions to strike without notice.",
])
def test_a_law_or_a_technique_that_lets_people_act_concedes_nothing(analyse_text, monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(letting, "LETTING", frozenset())   # no verb of letting: neither rule of lets applies
        assert concessions(analyse_text(text)), text
    assert concessions(analyse_text(text)) == []


@pytest.mark.parametrize("text", [
    "Israel allowed aid trucks to enter Gaza on Sunday.",
    "The court allowed the company to sell its assets to Rosneft.",
])
def test_an_actor_that_lets_someone_act_concedes(analyse_text, text):
    assert [e for e in analyse_text(text).events if e.type in ("CONCEDE", "RETREAT") and e.trigger == "allowed"], text


@pytest.mark.parametrize("text", [
    # the outcome of the clause before, a topic, a plan (session 29, precision29)
    "Britain signed an energy accord with Norway in 2003, allowing Norway to sell gas to British firms.",
    "Russia accused Ukraine of allowing Nato to use its ports.",
    "Human rights groups and many MPs say allowing the evidence would end detention without charge.",
    "The Kremlin took control of Gazprom in 2004 before allowing foreign investors to buy its shares.",
])
def test_letting_in_its_ing_form_is_an_outcome_not_a_concession(analyse_text, monkeypatch, text):
    with monkeypatch.context() as m:
        m.setattr(everyday, "letting_outcome", lambda tok: False)   # the rule off: the event is made
        assert "allowing" in concessions(analyse_text(text)), text
    assert "allowing" not in concessions(analyse_text(text))


@pytest.mark.parametrize("text", [
    "Israel is allowing Egypt to station more troops in Sinai.",
    "Turkey has allowed Armenia to reopen the border crossing.",
    "Turkey is considering allowing Armenia to reopen the border crossing.",
])
def test_letting_done_as_an_act_still_concedes(analyse_text, text):
    assert concessions(analyse_text(text)), text
