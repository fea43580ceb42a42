"""Certainty and negation of acts that are not words (extract/attribution.py, negation_scope.py): an
accusation made by suing, charging or investigating is the article's fact, not the accuser's claim; an act
a body recommends has not happened; an act done "without" by the clause's doer was not done; a denial
withheld ("did not deny", "refused to deny") neither denies the act nor vouches for it; speculation
about a past act is an unconfirmed claim (alleged), about a future one a forecast (possible).
Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis, event_type: str) -> list[tuple[str, bool, object]]:
    return [(e.certainty, e.negated, e.source) for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize("text", [
    "Police in Nairobi are investigating the Kenya Power company over the blackout.",
    "The Zambian government is suing the mining company Konkola over the spill.",
    "Prosecutors in Lagos charged the former governor with fraud.",
])
def test_an_accusation_made_in_law_is_asserted(analyse_text, text):
    found = claims(analyse_text(text), "ACCUSE")
    assert found and all(certainty == "asserted" and source is None for certainty, _, source in found), found


def test_an_accusation_in_words_stays_the_accusers_claim(analyse_text):
    found = claims(analyse_text("The opposition in Harare accused the Zimbabwean government of rigging the vote."),
                   "ACCUSE")
    assert found and all(certainty == "reported" and source is not None for certainty, _, source in found), found


@pytest.mark.parametrize("text", [
    "The committee recommended that Ghana expel the Chinese miners.",
    "The inquiry recommended that the regulator fine the Kenyan bank.",
])
def test_a_recommended_act_is_possible(analyse_text, text):
    found = claims(analyse_text(text), "SANCTION")
    assert found and all(certainty == "possible" for certainty, _, _ in found), found


def test_an_act_done_without_is_negated(analyse_text):
    found = claims(analyse_text("Parliament adjourned without agreeing with the Kenyan government on the budget."),
                   "AGREE")
    assert found and all(negated for _, negated, _ in found), found


def test_a_without_phrase_beside_the_act_does_not_negate_it(analyse_text):
    found = claims(analyse_text("The Kenyan police arrested the protesters without a warrant."), "COERCE")
    assert found and not any(negated for _, negated, _ in found), found


@pytest.mark.parametrize("text", [
    "The Kenyan army did not deny that its soldiers attacked the village.",
    "The Kenyan army refused to deny reports that its soldiers attacked the village.",
])
def test_a_withheld_denial_leaves_the_act_alleged(analyse_text, text):
    found = claims(analyse_text(text), "ASSAULT")
    assert found and all(certainty == "alleged" and not negated for certainty, negated, _ in found), found


def test_a_denial_made_negates_the_act(analyse_text):
    found = claims(analyse_text("The Kenyan army denied that its soldiers attacked the village."), "ASSAULT")
    assert found and all(negated for _, negated, _ in found), found


@pytest.mark.parametrize(("text", "certainty"), [
    ("Diplomats in Lusaka speculated that China had sent aid to Zambia.", "alleged"),
    ("Analysts speculated that China would give aid to Zambia.", "possible"),
])
def test_speculation_about_a_past_act_is_alleged_about_a_future_one_possible(analyse_text, text, certainty):
    found = claims(analyse_text(text), "AID")
    assert found and all(found_certainty == certainty for found_certainty, _, _ in found), found
