"""Certainty of a title and of an act whose manner is judged (extract/title_claims.py,
negation_scope.judged_conduct): a title in a noun phrase under a claim or charge is how the teller names
its holder, reported rather than alleged, unless the title carries its own hedge ("the alleged boss"),
which makes it alleged wherever it stands; a title the clause's verb says stays the claim's. A "not" on
a judgement of how an act was done ("was not straightforward in attacking") leaves the act done, and a
claim about the manner does not make the act alleged. Sentences of our own."""
from __future__ import annotations

import pytest


def claims(analysis, event_type: str) -> list[tuple[str, bool]]:
    return [(e.certainty, e.negated) for e in analysis.events if e.type == event_type]


def relations(analysis) -> list[tuple[str, bool]]:
    return claims(analysis, "LEADERSHIP") + claims(analysis, "AFFILIATION")


@pytest.mark.parametrize("text", [
    "Prosecutors allege that Peter Lind, the chairman of Harlow Bank, took bribes from the builders.",
    "Critics claim that Labour leader Tony Blair misled the public over the war.",
    "Campaigners claim the leaflets show Green Party leader Anna Korth as a witch.",
])
def test_a_title_under_a_claim_is_reported_not_alleged(analyse_text, text):
    found = relations(analyse_text(text))
    assert found and all(c == "reported" and not n for c, n in found), found


def test_a_title_the_claimed_clause_says_stays_alleged(analyse_text):
    found = relations(analyse_text("Prosecutors allege that Lind was the chairman of Harlow Bank when he took the bribes."))
    assert found and all(c == "alleged" for c, _ in found), found


@pytest.mark.parametrize("text", [
    "The alleged head of Harlow Bank, Peter Lind, was arrested on Friday.",
    "Prosecutors allege that the alleged head of Harlow Bank, Peter Lind, took bribes.",
    "Sal Greco, the reputed head of Harlow Bank, was arrested on Friday.",
])
def test_a_title_with_its_own_hedge_is_alleged(analyse_text, text):
    found = relations(analyse_text(text))
    assert found and all(c == "alleged" and not n for c, n in found), found


def told(analysis, trigger: str) -> list[tuple[str, bool]]:
    return [(e.certainty, e.negated) for e in analysis.events if e.trigger == trigger]


@pytest.mark.parametrize("text", [
    "Party officials argue Mr Lomax has not been \"straightforward\" in attacking the Green Party.",
    "Party officials argue Mr Lomax has not been honest in attacking the Green Party.",
    "Mr Dodd was not alone in criticising the French government over the deal.",
    "Critics say the minister was not right in criticising the judges.",
])
def test_an_act_whose_manner_is_judged_was_done(analyse_text, text):
    trigger = "attacking" if "attacking" in text else "criticising"
    found = told(analyse_text(text), trigger)
    assert found and not any(n for _, n in found) and all(c != "alleged" for c, _ in found), found


@pytest.mark.parametrize(("text", "trigger"), [
    ("Mr Dodd did not criticise the French government over the deal.", "criticise"),
    ("Mr Dodd was not right, and he did not criticise the French government over the deal.", "criticise"),
    ("Party officials argue Mr Lomax has not been criticising the Green Party.", "criticising"),
])
def test_an_act_itself_denied_stays_denied(analyse_text, text, trigger):
    found = told(analyse_text(text), trigger)
    assert found and all(n for _, n in found), found
