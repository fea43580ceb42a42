"""A trial to come is an accusation already made (extract/trials_ahead.py): the charges are brought,
only the trial is ahead, so "will face trial", "is to go on trial", "is due/set to stand trial" keep
the accusation asserted. A prospect stays possible: "is expected to", "is likely to"; and a charge
still to be brought ("will face charges", "will be charged") is possible. Sentences of our own."""
from __future__ import annotations

import pytest


def accusations(analysis) -> set[tuple[str, str, str, bool]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.trigger, names.get(e.object, "-"), e.certainty, e.negated)
            for e in analysis.events if e.type == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "Former bank chief Oskar Lindahl is to face trial in March on charges of embezzlement.",
    "Oskar Lindahl will face trial next year on fraud charges.",
    "Oskar Lindahl will stand trial in May for the murder of his neighbour.",
    "Oskar Lindahl is due to stand trial in May on bribery charges.",
    "Oskar Lindahl is set to go on trial next week for fraud.",
    "The court ruled that Oskar Lindahl will go on trial in June for fraud.",
    "Oskar Lindahl is scheduled to stand trial in May.",
    "Oskar Lindahl is slated to face trial in the autumn on fraud charges.",
])
def test_a_trial_set_ahead_is_an_accusation_made(text, analyse_text):
    assert accusations(analyse_text(text)) == {("trial", "Oskar Lindahl", "asserted", False)}


def test_one_to_be_put_on_trial_is_accused_once_asserted(analyse_text):
    # "put" and "trial" tell one act: kept once (extract/acts_told_once.py), asserted
    made = accusations(analyse_text("Oskar Lindahl will be put on trial in Stockholm next month."))
    assert {(o, c) for t, o, c, _ in made if t in ("trial", "put")} == {("Oskar Lindahl", "asserted")}


@pytest.mark.parametrize("text", [
    "Prosecutors will put Oskar Lindahl on trial in May.",
    "The Swedish government put Oskar Lindahl on trial last year.",
])
def test_who_puts_someone_on_trial_is_not_the_one_tried(text, analyse_text):
    accused = {o for _, o, _, _ in accusations(analyse_text(text))}
    assert "Oskar Lindahl" in accused and not any("prosecutors" in o or "government" in o for o in accused)


def test_a_trial_set_ahead_that_someone_reports_is_reported(analyse_text):
    made = accusations(analyse_text("Oskar Lindahl will stand trial next month, prosecutors said."))
    assert made == {("trial", "Oskar Lindahl", "reported", False)}


@pytest.mark.parametrize("text, trigger", [
    ("Oskar Lindahl is expected to stand trial in the autumn.", "trial"),     # a forecast
    ("Oskar Lindahl is likely to face trial next year.", "trial"),
    ("Oskar Lindahl is expected to face charges of fraud on Friday.", "charges"),
    ("Oskar Lindahl will face charges of fraud, police said.", "charges"),    # a charge still to be brought
    ("Oskar Lindahl will be charged with fraud.", "charged"),
    ("Oskar Lindahl would go on trial in Sweden.", "trial"),                 # a condition, not a date
])
def test_a_trial_or_charge_in_prospect_stays_possible(text, trigger, analyse_text):
    made = accusations(analyse_text(text))
    assert {(t, c) for t, _, c, _ in made} == {(trigger, "possible")}


@pytest.mark.parametrize("text", [
    "Oskar Lindahl could face trial next year.",
    "Oskar Lindahl will not stand trial after the charges were dropped.",   # no trial is set
])
def test_no_trial_set_makes_no_accusation(text, analyse_text):
    assert not any(c == "asserted" for _, _, c, _ in accusations(analyse_text(text)))
