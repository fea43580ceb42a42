"""A lone stance on an act named by a gerund is a stance on a proposition, not one on nothing
(extract/sense_cooperative.py `act_stood_on`), unless it is left open or the act is trade; so is one on a change
of policy that names what it changes (`policy_change`). Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.evaluation.funnel import text_funnel


def judged(text, nlp, gazetteer, kind):
    return [(f.trigger, f.stage, f.rule) for f in text_funnel(text, nlp, gazetteer).fates if f.type == kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("The shadow minister ruled out scrapping the student loans scheme.", "REJECT"),
    ("The council leader opposed extending the curfew to the northern districts.", "REJECT"),
    ("The Royal College of Nursing backed scrapping the prescription charges.", "SUPPORT"),
    ("The opposition leader has ruled out taking part in a televised debate.", "REJECT"),
])
def test_a_stance_on_a_gerund_act_passes_the_judge(nlp, gazetteer, text, kind):
    got = judged(text, nlp, gazetteer, kind)
    assert got and all(stage != "sense judge" for _, stage, _ in got)


@pytest.mark.parametrize(("text", "kind"), [
    ("The central bank governor did not rule out scrapping the scheme.", "REJECT"),   # left open
    ("The chairman welcomed selling the printing unit.", "SUPPORT"),                 # trade
    ("The opposition leader refused, taking his seat in the chamber.", "REJECT"),  # a clause of its own
])
def test_an_open_or_trading_act_stays_a_stance_on_nothing(nlp, gazetteer, text, kind):
    assert ("lone stance on nothing" in {rule for _, stage, rule in judged(text, nlp, gazetteer, kind)
                                          if stage == "sense judge"})


@pytest.mark.parametrize(("text", "kind"), [
    ("The union rejected job cuts at the plant.", "REJECT"),
    ("Labour MP Diane Abbott opposed the closure of the hospital.", "REJECT"),
    ("The health secretary rejected further cuts to hospital funding.", "REJECT"),
])
def test_a_stance_on_a_change_of_policy_passes_the_judge(nlp, gazetteer, text, kind):
    got = judged(text, nlp, gazetteer, kind)
    assert got and all(stage != "sense judge" for _, stage, _ in got)


@pytest.mark.parametrize(("text", "kind"), [
    ("The mayor welcomed the rise in profits.", "SUPPORT"),     # a market's change
    ("The mayor rejected the cuts.", "REJECT"),                 # nothing named that is changed
])
def test_a_change_of_no_named_thing_stays_a_stance_on_nothing(nlp, gazetteer, text, kind):
    assert ("lone stance on nothing" in {rule for _, stage, rule in judged(text, nlp, gazetteer, kind)
                                          if stage == "sense judge"})
