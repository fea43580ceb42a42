"""Two kinds of statement that tell no act: what a law, bill or rule lets someone do (mood.let_by_rule,
the gate's `capacity` rule), and what any one of a kind usually does (mood.habitual, through
mood.generic_clause and the sense judge's `hypothetical`). Sentences of our own; each dropped event is
checked to be made by the extractor without the rule, and one-participant events told as done stay."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import keep, mood, sense


@pytest.mark.parametrize("text, event", [
    ("The new law lets police detain suspects for up to 28 days without charge.", ("COERCE", "detain")),
    ("The bill would allow the government to seize the assets of suspected smugglers.", ("COERCE", "seize")),
])
def test_what_a_rule_lets_be_done_is_no_act(text, event, analyse_text, analyse_without):
    # framing.permitted (a right a rule grants, read by the sense judge) drops some of these as well
    assert event in type_triggers(analyse_without(text, (mood, "RULE_NOUNS", frozenset()),
                                                  (sense, "permitted", lambda t: False)))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # an actor who lets another act: the act let is told as done
    ("The government allowed police to detain the protesters.", ("COERCE", "detain")),
    ("Three activists were detained by police in the capital on Sunday.", ("COERCE", "detained")),
])
def test_an_act_an_actor_lets_be_done_stays(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    ("Workers usually protest when wages are cut.", ("PROTEST", "protest")),
    ("Police usually arrest drunk drivers at the checkpoint.", ("COERCE", "arrest")),
    ("Farmers typically block roads when fuel prices go up.", ("PROTEST", "block")),
    ("Opposition parties routinely accuse the government of fraud.", ("ACCUSE", "accuse")),
])
def test_what_a_kind_usually_does_is_no_act(text, event, analyse_text, analyse_without):
    assert event in type_triggers(analyse_without(text, (mood, "HABITUAL", frozenset())))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # one-participant events told as done, a headline's present, a habit of named actors in the past
    ("Nurses rallied outside the health ministry on Friday.", ("PROTEST", "rallied")),
    ("Police detain dozens of protesters in the capital.", ("COERCE", "detain")),
    ("Rebel fighters often ambushed army convoys on the road last year.", ("ASSAULT", "ambushed")),
])
def test_acts_told_as_done_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


def negated_of(analysis, trigger: str) -> set[bool]:
    return {e.negated for e in analysis.events if e.trigger == trigger}


@pytest.mark.parametrize("text, trigger", [
    # a "not" on a verb of ending with an object denies the effect, not the act that is its subject
    ("Russia's attack on the town did not end the uprising.", "attack"),
    ("The army's raid on the village will not end the rebellion, analysts said.", "raid"),
])
def test_an_effect_denied_leaves_its_cause(text, trigger, analyse_text):
    assert negated_of(analyse_text(text), trigger) == {False}


@pytest.mark.parametrize("text, trigger", [
    # a "not" on how the act itself unfolds denies it
    ("Britain's talks with Iran did not happen.", "talks"),
    ("The meeting between Mr Blair and Mr Bush did not take place.", "meeting"),
])
def test_an_act_that_did_not_happen_is_denied(text, trigger, analyse_text):
    assert negated_of(analyse_text(text), trigger) == {True}


def test_the_climate_is_no_actor(analyse_text, analyse_without):
    # a natural phenomenon named by its country's adjective is no act of the country (sense.not_an_actor)
    text = "A wet French climate promised rain for the whole week."
    without = sense.NOT_ACTORS - {"climate"}
    assert ("AGREE", "promised") in type_triggers(
        analyse_without(text, (sense, "NOT_ACTORS", without), (keep, "NOT_ACTORS", without)))
    assert ("AGREE", "promised") not in type_triggers(analyse_text(text))
    assert ("AGREE", "promised") in type_triggers(analyse_text("France promised aid to the flood victims."))
