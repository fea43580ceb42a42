"""How surely a deal is told follows the words that govern it (extract/attribution.py, the lexicon's
possible_heads): a firm tipped, willing, looking or negotiating to buy another has not bought it (possible); a
question of why or how a firm bought another takes the purchase as done (asserted), a yes-no question
asserts nothing. Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis, trigger: str) -> list[tuple[str, bool]]:
    return [(e.certainty, e.negated) for e in analysis.events if e.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Google was widely tipped to buy Motorola last spring.", "buy"),
    ("Google, the firm tipped to acquire Motorola, made no comment.", "acquire"),
    ("Google had been willing to buy Motorola for $20bn.", "buy"),
    ("Heineken is negotiating to buy Carlsberg.", "buy"),
    ("The rebels were willing to release the hostages in Kabul.", "release"),
    ("Google is looking to buy Motorola, an analyst said.", "buy"),
])
def test_an_act_one_is_tipped_willing_looking_or_negotiating_to_do_is_possible(analyse_text, text, trigger):
    found = claims(analyse_text(text), trigger)
    assert found and all(certainty == "possible" for certainty, _ in found), (text, found)


@pytest.mark.parametrize(("text", "trigger"), [
    ("So why did Google buy Motorola?", "buy"),
    ("How did Heineken buy Carlsberg so cheaply?", "buy"),
])
def test_a_question_of_why_or_how_an_act_was_done_takes_it_as_done(analyse_text, text, trigger):
    found = claims(analyse_text(text), trigger)
    assert found and all(certainty == "asserted" and not negated for certainty, negated in found), (text, found)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Did Google buy Motorola?", "buy"),                     # a yes-no question asserts nothing
    ("Google is expected to buy Motorola.", "buy"),
])
def test_a_question_or_forecast_of_a_deal_stays_possible(analyse_text, text, trigger):
    found = claims(analyse_text(text), trigger)
    assert found and all(certainty == "possible" for certainty, _ in found), (text, found)


def test_a_deal_done_stays_asserted(analyse_text):
    found = claims(analyse_text("Google bought Motorola for $12bn in March."), "bought")
    assert found and all(certainty == "asserted" for certainty, _ in found), found


@pytest.mark.parametrize(("text", "event"), [
    ("Tesco to buy Booker for £3.7bn", ("AGREE", "Tesco", "Booker")),
    ("Microsoft to acquire Nokia's phone business", ("AGREE", "Microsoft", "Nokia")),
])
def test_a_headline_infinitive_is_its_named_roots_plan(events_named, text, event):
    # a headline states what a named side is to do: the name is the doer, the act planned, not done
    found = events_named(text, "certainty")
    assert (*event, "possible") in found, found
    assert (*event, "asserted") not in found


def test_a_headline_infinitive_on_no_name_has_no_doer(events_named):
    # "Plans to buy Motorola": the root is no name, so no side is said to buy
    assert not [e for e in events_named("Plans to buy Motorola") if e[0] == "AGREE" and e[1] is not None]
