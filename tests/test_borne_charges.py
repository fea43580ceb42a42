"""Charges and trials borne by the subject of the clause that the bearing verb depends on (session 32):
"is to face trial on fraud charges", "is in jail facing fraud charges", "is awaiting trial". The one
who faces, awaits or stands trial is accused, by courts and prosecutors news leaves unnamed.
Sentences written for these tests, parsed by the pipeline's model."""
from __future__ import annotations

import pytest

from named_events import event_types, named_sides
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


# a match report, so that the document's domain is sport
MATCH = ("Leeds United beat Crewe Alexandra 2-0 in the league on Saturday. Their striker scored twice before half-time, "
         "the goalkeeper saved a penalty and the defence held firm after the break for a fifth win in six matches this "
         "season. ")


@pytest.mark.parametrize("sentence", [
    "Their winger Nick Hale still faces a criminal trial later this year for dangerous driving.",
    "Their former coach Tom Walsh faces a federal trial next year on charges of supplying steroids.",
    "Winger Nick Hale will stand trial in a crown court in March.",
])
def test_a_trial_at_law_in_a_sport_story_is_an_accusation(analyse_text, sentence):
    assert "ACCUSE" in event_types(analyse_text(MATCH + sentence))


def test_a_trial_with_a_club_stays_no_accusation(analyse_text):
    assert "ACCUSE" not in event_types(analyse_text(MATCH + "Their new striker Nick Hale is on trial at Crewe Alexandra."))
