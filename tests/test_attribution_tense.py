"""A modal or "do" governs only a bare verb: a past or present verb joined to the verb it governs has
its own tense, mood and polarity (extract/attribution.py, _modality_layer). "Labour would publish plans
and attacked the Tory plans": the attack happened; "Iran may attack Israel and kill its leaders": both
possible. Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis) -> dict[str, tuple[str, bool]]:
    return {e.trigger: (e.certainty, e.negated) for e in analysis.events}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Labour would publish its manifesto soon and criticised the Conservative Party's tax plans.", "criticised"),
    ("The Greens said the plan could let polluters off, while Labour criticised the Conservative Party's promises.",
     "criticised"),
])
def test_a_tensed_verb_is_outside_the_modal_of_the_verb_it_joins(analyse_text, text, trigger):
    certainty, negated = claims(analyse_text(text))[trigger]
    assert certainty != "possible" and not negated


def test_a_bare_verb_joined_to_a_modal_shares_it(analyse_text):
    found = claims(analyse_text("Iran may attack Israel and kill its leaders."))
    assert found["attack"][0] == "possible" and found["kill"][0] == "possible"


def test_a_tensed_verb_is_outside_the_negation_of_the_verb_it_joins(analyse_text):
    found = claims(analyse_text("Greece did not sign the deal and condemned Turkey."))
    assert found["condemned"][1] is False


def test_nor_carries_the_negation_to_its_conjunct(analyse_text):
    found = claims(analyse_text("The rebels did not attack the town, nor do they kill civilians."))
    assert all(negated for _, negated in found.values()), found
