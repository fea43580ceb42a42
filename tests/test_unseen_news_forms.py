"""Forms of news English found missing on tuning part N (disaster relief, policing, migration,
elections; session 17), each fixed in general: an absolute "with" phrase beside an arrest is no
instrument of it (extract/everyday.py); suspicion with its charge accuses, a guess at a cause does not;
pursuit and encirclement of people are coercion; an offer of aid is aid; police order anyone
(data/lexicon/verbs.yaml; lexicon any_object_for).
Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


def test_an_arrest_with_reports_saying_why_stays_an_arrest(analyse_text):
    found = analyse_text("Kenyan police arrested two activists in Nairobi, with witnesses saying they were beaten.")
    assert ("Kenyan police", "activists") in {(s, o.split(" (")[0] if o else o) for s, o in named_sides(found, "COERCE")}


def test_being_bombarded_with_questions_is_still_no_attack(analyse_text):
    found = analyse_text("Reporters bombarded the minister with questions about the deal.")
    assert not named_sides(found, "ASSAULT") and not named_sides(found, "COERCE")


@pytest.mark.parametrize("text, accused", [
    ("The two bank executives are suspected of fraud.", "executives"),
    ("Police suspect the husband of killing his wife.", "husband"),
])
def test_suspicion_with_its_charge_accuses(analyse_text, text, accused):
    assert any(o and accused in o for _, o in named_sides(analyse_text(text), "ACCUSE"))


@pytest.mark.parametrize("text", [
    "Arson is suspected in the fire that destroyed the chapel.",
    "Investigators suspect foul play in the death of the Kenyan banker.",
])
def test_a_suspected_cause_accuses_no_one(analyse_text, text):
    assert not named_sides(analyse_text(text), "ACCUSE")


def test_chasing_and_surrounding_a_suspect_is_coercion(analyse_text):
    found = analyse_text("Anthony Marsh fled on foot. Officers chased him along the river and surrounded him "
                         "near the bridge, the sheriff said.")
    assert {o for _, o in named_sides(found, "COERCE")} == {"Anthony Marsh"}


@pytest.mark.parametrize("text", [
    "Chelsea are chasing Arsenal at the top of the table.",
    "The prosecutor will pursue the case against Mr Smith.",
    "Questions surrounding the deal remain unanswered.",
])
def test_chasing_a_title_or_pursuing_a_case_is_no_coercion(analyse_text, text):
    assert not named_sides(analyse_text(text), "COERCE")


def test_an_offer_of_aid_is_aid_to_the_one_offered_it(analyse_text):
    found = analyse_text("Norway offered Pakistan emergency assistance after the floods.")
    assert ("Norway", "Pakistan") in named_sides(found, "AID")
    assert ("Norway", "Pakistan") not in named_sides(found, "AGREE")


@pytest.mark.parametrize("text, held", [
    # custody and capture are literal in every domain: a chairman or a team is no boardroom or game here
    ("The three bank executives are in police custody in Shanghai.", "executives"),
    ("The SWAT team apprehended Maria Lopez while she hid in a warehouse.", "Maria Lopez"),
])
def test_custody_of_executives_and_capture_by_a_team_are_coercion(analyse_text, text, held):
    assert any(o and held in o for _, o in named_sides(analyse_text(text), "COERCE"))


def test_police_telling_residents_to_act_is_a_request(analyse_text):
    # police and troops order anyone: the object-type limit of "tell" (not "told reporters to wait") is lifted
    found = analyse_text("Kenyan police told residents of Kibera to stay indoors on Tuesday.")
    assert any(s and "police" in s and o and "residents" in o for s, o in named_sides(found, "REQUEST"))
    assert not named_sides(analyse_text("The singer told reporters to wait outside the studio."), "REQUEST")
