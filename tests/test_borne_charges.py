"""Charges and trials borne by the subject of the clause that the bearing verb depends on (session 32):
"is to face trial on fraud charges", "is in jail facing fraud charges", "is awaiting trial". The one
who faces, awaits or stands trial is accused, by courts and prosecutors news leaves unnamed.
Sentences written for these tests, parsed by the pipeline's model."""
from __future__ import annotations

import pytest

from named_events import named_sides
from newsgraph.extract import analyse
from newsgraph.model import Document


def sides(nlp, gazetteer, text: str, etype: str) -> set[tuple[str | None, str | None]]:
    return named_sides(analyse(Document(source="borne-charges-test", text=text), nlp(text), gazetteer), etype)


@pytest.mark.parametrize(("text", "accused"), [
    # the bearing verb under "is to", "was fit to", a participle of a clause of its own
    ("Former bank chief Oskar Lindahl is to face trial in March on charges of embezzlement.", "Oskar Lindahl"),
    ("The tycoon Pavel Sorokin is now in prison facing fresh tax evasion charges.", "Pavel Sorokin"),
    ("Judge Ruiz ruled that Martin Keogh was fit to stand trial on arson charges.", "Martin Keogh"),
    # awaiting trial
    ("The former mayor, Alan Pruitt, is awaiting trial on bribery charges in Ohio.", "Alan Pruitt"),
    ("Dana Whitlock awaits trial for fraud after her arrest in June.", "Dana Whitlock"),
    ("Record producer Leon Marsh is free on bail and is awaiting trial.", "Leon Marsh"),
    ("The oil firm was founded by Pavel Sorokin, who is now in prison facing fresh tax charges.", "Pavel Sorokin"),
])
def test_the_one_who_faces_or_awaits_trial_is_accused(text, accused, nlp, gazetteer):
    assert any(obj is not None and accused.lower() in obj.lower() for _, obj in sides(nlp, gazetteer, text, "ACCUSE"))


@pytest.mark.parametrize("text", [
    "Oskar Lindahl could face trial next year.",              # only a prospect
    "The new vaccine is awaiting trial in three hospitals.",  # a trial of a drug
    "He is awaiting trial.",                                  # a pronoun, no one named in the clause
    "Fans are awaiting the trial of the new stadium lights.",
])
def test_no_accusation_without_a_named_accused_or_with_a_prospect(text, nlp, gazetteer):
    assert not sides(nlp, gazetteer, text, "ACCUSE")


def test_a_verb_with_an_object_passes_no_charge_to_its_subject(nlp, gazetteer):
    # the one caught is to face the charges, not the police who catch him
    text = "The ruling lets Texas police get their hands on Ray Dillon to face more serious charges."
    assert not any(obj is not None and "police" in obj.lower() for _, obj in sides(nlp, gazetteer, text, "ACCUSE"))
