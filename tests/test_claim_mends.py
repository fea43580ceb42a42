"""Certainty and negation mended where the clause's modal, question or denial is not the event's
(extract/title_claims.py; mood.performed_wish, .agreed_settlement, .told_before; negation_scope.said_instead,
.contrasted): a title held in a noun phrase, thanks given by wishing to give it, a settlement agreed, a
clause told before a verb of trying, a denier's own words beside a denial, a clause of contrast outside a
"not". Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis, event_type: str) -> list[tuple[str, bool]]:
    return [(e.certainty, e.negated) for e in analysis.events if e.type == event_type]


@pytest.mark.parametrize("text", [
    "The memo suggested the party should ask Maria Lopez, Shell's chief executive, to sign the letter.",
    "Anna Berg, director of the Lisbon Trade Council, asks: \"Who will pay for the new port?",
    "Mr Hale rejects a claim that he warned fellow Unilever board member Sam Otto about the sale.",
])
def test_a_title_in_a_noun_phrase_is_held_whatever_its_clause_says(analyse_text, text):
    found = [(c, n) for t in ("LEADERSHIP", "AFFILIATION") for c, n in claims(analyse_text(text), t)]
    assert found and not any(c == "possible" or n for c, n in found), found


@pytest.mark.parametrize("text", [
    "Police in Croydon said they wanted to thank the volunteers of the town for their help.",
    "The mayor of Leeds would like to thank the Red Cross for its work during the floods.",
])
def test_thanks_wished_is_thanks_given(analyse_text, text):
    found = claims(analyse_text(text), "SUPPORT")
    assert found and not any(c == "possible" or n for c, n in found), found


def test_an_act_only_wished_stays_possible(analyse_text):
    found = claims(analyse_text("The Kenyan government wanted to meet the rebel leaders in Nairobi."), "CONSULT")
    assert found and all(c == "possible" for c, _ in found), found


def test_the_deniers_own_words_beside_a_denial_are_not_denied(analyse_text):
    found = claims(analyse_text(
        "The Israeli defence minister denied the claims, saying Hamas had attacked Israeli soldiers near Rafah."), "ASSAULT")
    assert found and not any(n for _, n in found), found


def test_what_a_denial_denies_stays_denied(analyse_text):
    found = claims(analyse_text("The army denied that its soldiers had attacked the village of Kuda."), "ASSAULT")
    assert found and all(n for _, n in found), found


def test_a_clause_of_contrast_is_outside_the_not(analyse_text):
    found = claims(analyse_text(
        "Chile does not want a new loan, while Peru has rejected the IMF's offer of aid."), "REJECT")
    assert found and not any(n for _, n in found), found


@pytest.mark.parametrize("text", [
    "Siemens has agreed to pay $20m to settle a bribery lawsuit filed by the Nigerian government.",
    "Two former Enron directors agreed last year to settle the charges brought by the Securities and Exchange Commission.",
])
def test_agreeing_to_settle_is_the_settlement_made(analyse_text, text):
    found = claims(analyse_text(text), "AGREE")
    assert found and not any(c == "possible" for c, _ in found), found


@pytest.mark.parametrize(("text", "event_type"), [
    ("Police arrested two opposition leaders in Harare, the party is trying to find out why.", "COERCE"),
    ("The police officer not only shot the suspect during the raid, Ortega also tried to kill another man.", "ASSAULT"),
])
def test_a_clause_told_before_a_verb_of_trying_is_not_tried(analyse_text, text, event_type):
    found = claims(analyse_text(text), event_type)
    assert found and any(c != "possible" for c, _ in found), found


def test_what_is_tried_after_the_verb_stays_possible(analyse_text):
    found = claims(analyse_text("Spain is trying to sign a deal with Morocco on fishing."), "AGREE")
    assert found and all(c == "possible" for c, _ in found), found
