"""Frames that decide how surely an act is told (extract/attribution.py): an act named as a condition
("in the event of a strike") is possible (mood.conditional_frame); the act a plea of not guilty answers is
the charge, alleged and not denied as a fact (charges.pleaded_innocent); a relative clause on a name or a
definite noun tells what the speaker takes as known, so a claim or denial of the clause it sits in does
not reach it (clause_walk.presupposed_modifier). Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis) -> dict[str, tuple[str, bool]]:
    return {e.trigger: (e.certainty, e.negated) for e in analysis.events}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Members of Equity would receive benefits in the event of a walkout by the union.", "walkout"),
    ("In case of an invasion by Russia, Finland would call up its reserves.", "invasion"),
    ("The studios drew up a contingency plan in the event of a strike by the Writers Guild.", "strike"),
])
def test_an_act_named_as_a_condition_is_possible(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][0] == "possible"


@pytest.mark.parametrize(("text", "condition"), [
    ("The union paid its members in the event of a strike.", True),
    ("The union paid its members in case of a strike.", True),
    ("The union paid its members in the case of the Bradford strike.", False),
    ("The union paid its members after the event of a strike.", False),
])
def test_only_the_conditional_phrases_frame_a_condition(nlp, text, condition):
    from newsgraph.extract.mood import conditional_frame
    strike = next(t for t in nlp(text) if t.lower_ == "strike")
    path = [strike, strike.head, strike.head.head]
    assert conditional_frame(path, 2) is condition


@pytest.mark.parametrize(("text", "trigger"), [
    ("Carter pleaded not guilty to the murder of his business partner.", "murder"),
    ("Carter has pleaded not guilty to stabbing his business partner in May.", "stabbing"),
    ("Carter will plead not guilty to murdering his business partner, his lawyer said.", "murdering"),
])
def test_the_act_a_plea_of_not_guilty_answers_is_alleged(analyse_text, text, trigger):
    certainty, negated = claims(analyse_text(text))[trigger]
    assert certainty == "alleged" and not negated


def test_the_act_a_plea_of_guilty_admits_is_told(analyse_text):
    certainty, negated = claims(analyse_text("Carter pleaded guilty to stabbing his business partner."))["stabbing"]
    assert certainty == "asserted" and not negated


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army denied that soldiers fired on the men, who were arrested by police on Monday.", "arrested"),
    ("Syria denied claims that rebels were hiding in the clinic bombed by Turkey on Sunday.", "bombed"),
    ("Syria denied claims that rebels were hiding in the clinic which Turkey bombed on Sunday.", "bombed"),
    ("Analysts claimed that Gazprom, which sued Naftogaz in May, has ties to the Kremlin.", "sued"),
])
def test_a_claim_or_denial_does_not_reach_a_relative_clause_on_a_definite_noun(analyse_text, text, trigger):
    certainty, negated = claims(analyse_text(text))[trigger]
    assert certainty in ("asserted", "reported") and not negated


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army denied that there were soldiers who beat the protesters.", "beat"),
    ("Police denied that officers beat a man who was arrested on Sunday.", "arrested"),
])
def test_a_denial_still_reaches_a_relative_clause_on_an_indefinite_noun(analyse_text, text, trigger):
    assert claims(analyse_text(text))[trigger][1] is True
