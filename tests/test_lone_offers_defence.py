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
    ("The interior minister defended his government's record on crime.", "SUPPORT"),   # its own body's act
    ("The French government defended its army's conduct in the raid.", "SUPPORT"),
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
