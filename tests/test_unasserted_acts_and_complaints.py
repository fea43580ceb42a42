"""Acts a sentence does not assert, complaints that blame no one, and casualties listed after a
harm verb. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events(events_named):
    return lambda text: events_named(text, "negated", "certainty")


@pytest.mark.parametrize("text", [
    "The ministry said there was no evidence that any prisoner had been beaten.",
    "Investigators found no evidence that the guards assaulted the inmates.",
    "There was not any proof that soldiers fired on the marchers.",
])
def test_an_act_there_is_no_evidence_for_is_not_asserted(events, text):
    assaults = [e for e in events(text) if e[0] == "ASSAULT"]
    assert assaults and all(e[3] for e in assaults), events(text)


def test_an_act_there_is_evidence_for_stands(events):
    assaults = [e for e in events("There is evidence that soldiers fired on the marchers.") if e[0] == "ASSAULT"]
    assert assaults and not any(e[3] for e in assaults)


def test_the_content_of_a_charge_is_alleged(events):
    assaults = [e for e in events("Allegations that police tortured the student surfaced on Monday.")
                if e[0] == "ASSAULT"]
    assert assaults and all(e[4] == "alleged" for e in assaults)


@pytest.mark.parametrize("text", [
    "Spain complained that the schedule was too tight.",
    "The minister complained that the rules were unfair.",
])
def test_a_complaint_about_no_one_accuses_no_one(events, text):
    assert not [e for e in events(text) if e[0] == "ACCUSE"]


def test_a_complaint_about_someone_accuses_them(events):
    assert ("ACCUSE", "Italy", "France") in {e[:3] for e in events("Italy complained that France had broken the deal.")}


@pytest.mark.parametrize("text, victims", [
    ("The explosion left two dead and four workers wounded.", "workers"),
    ("The clashes left one protester dead and three policemen injured.", "policemen"),
])
def test_people_listed_after_a_harm_verb_are_harmed(events, text, victims):
    found = events(text)
    assert all(e[1] != victims for e in found), found
    assert any(e[0] == "ASSAULT" and e[2] == victims for e in found), found
