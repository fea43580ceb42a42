"""One-sided offers and defences (extract/sense_cooperative.py): a lone "defended" of one's own decision or act is
self-justification, not SUPPORT; a lone offer is AGREE only when it offers an act, aid, a sum or terms
another side can take up, or names whom it is made to. Sentences of our own."""
from __future__ import annotations

import pytest


def kinds(analysis) -> set[tuple[str, str | None]]:
    return {(e.type, e.subject) for e in analysis.events if e.type not in ("LEADERSHIP", "AFFILIATION")}


@pytest.mark.parametrize("text, wrong", [
    ("The interior minister defended his new curfew on Tuesday.", "SUPPORT"),
    ("The French government defended its decision to close the border.", "SUPPORT"),
    ("The Spanish navy defended its actions, saying the boat had ignored warnings.", "SUPPORT"),
    ("The opposition party offered a radical agenda for schools.", "AGREE"),
    ("Countries such as Finland offer faster broadband to rural homes.", "AGREE"),
    ("Only licensed carriers are obliged to offer refunds for delays.", "AGREE"),
])
def test_lone_defences_and_offers_of_no_terms_are_no_events(analyse_text, text, wrong):
    assert wrong not in {t for t, _ in kinds(analyse_text(text))}


@pytest.mark.parametrize("text, kept", [
    ("China defended Russia at the Security Council.", ("SUPPORT", "gaz:CHN")),
    ("The French government defended Germany's plan to cut the budget.", ("SUPPORT", "gaz:FRA-GOV")),
    ("Norway offered to host talks between the two sides.", ("AGREE", "gaz:NOR")),
    ("Japan offered $50m in aid after the storm.", ("AGREE", "gaz:JPN")),
    ("The rebels offered a ceasefire on Sunday.", ("AGREE", "GENERIC:rebel:")),
    ("Germany made an offer of talks to Serbia.", ("AGREE", "gaz:DEU")),
    ("Britain offered to send troops to Sierra Leone.", ("AGREE", "gaz:GBR")),
])
def test_offers_of_acts_aid_or_terms_and_defences_of_others_stay(analyse_text, text, kept):
    assert kept in kinds(analyse_text(text))


BASEBALL = ("The Yankees made a five-year offer to free agent pitcher Carlos Mendez. The shortstop and the first "
            "baseman hit homers in the ninth inning, and the slugger drove in four RBIs. MLB scouts named the "
            "outfielder MVP.")
FOOTBALL_ARREST = ("Middleton was booked into county jail and later released on bail, police said. The Chargers "
                   "linebacker had two sacks in the NFL playoffs, and the quarterback threw three touchdowns. He was "
                   "an All-Star and MVP.")


def test_a_baseball_story_is_sport_and_its_contract_offers_no_events(analyse_text):
    # baseball, basketball, American football and boxing words are sport cues (data sense.yaml)
    assert "AGREE" not in {t for t, _ in kinds(analyse_text(BASEBALL))}


def test_an_arrest_and_a_release_on_bail_stand_in_a_sport_story(analyse_text):
    got = {t for t, _ in kinds(analyse_text(FOOTBALL_ARREST))}
    assert {"COERCE", "RETREAT"} <= got, got
