"""In a sport story an offer, approach, bid, move or request turned down is REJECT by the refuser of the
offerer (the precision audit's sport conventions; extract/club_business.py offer_refused), not play; chances,
penalties and pressure in the game stay dropped. Sentences of our own; each kept event is checked to be
dropped without the offer nouns."""
from __future__ import annotations

import pytest

from newsgraph.extract import club_business, refused_owners

MATCH = ("Leeds United drew 1-1 with Everton in the Premiership on Saturday. The striker scored early and the "
         "goalkeeper saved a penalty before half-time. The manager praised his squad after the fixture, and the "
         "league leaders have eight games of the season left. ")


def rejections(events_named, text):
    return {(subject or "", obj or "") for kind, subject, obj in events_named(MATCH + text) if kind == "REJECT"}


# a sentence for each noun of refused_offer_nouns and for offer nouns of contract_nouns a refusal turns down
# (proposals and overtures refused are REJECT in any story: statements.yaml refused_pressures, proposals)
@pytest.mark.parametrize("text, refuser, offerer", [
    ("Leeds United turned down a £3m bid from Crewe Alexandra for their striker.", "Leeds", "Crewe"),
    ("Tony Walsh turned down an approach from Crewe Alexandra to become their manager.", "Walsh", "Crewe"),
    ("Tony Walsh turned down a two-year contract offer from Crewe Alexandra.", "Walsh", "Crewe"),
    ("Leeds United turned down Crewe Alexandra's request to speak to their coach.", "Leeds", "Crewe"),
    ("Tony Walsh turned down Crewe Alexandra's move for him in January.", "Walsh", "Crewe"),
    ("Tony Walsh turned down a transfer to Real Madrid in January.", "Walsh", "Real Madrid"),
    ("Tony Walsh refused Crewe Alexandra's package of wages and bonuses.", "Walsh", "Crewe"),
])
def test_an_offer_turned_down_in_a_sport_story_is_a_rejection(events_named, monkeypatch, text, refuser, offerer):
    found = rejections(events_named, text)
    assert any(refuser in s and offerer in o for s, o in found), (text, found)
    with monkeypatch.context() as m:
        m.setattr(club_business, "REFUSED_OFFERS", frozenset())
        assert not any(offerer in o for _, o in rejections(events_named, text)), text


# a move refused is the refusal of the organisation moved to (refused_moves, extract/refused_owners.py)
@pytest.mark.parametrize("text, refuser, offerer", [
    ("Tony Walsh rejected a move to Real Madrid after falling out with the manager.", "Walsh", "Real Madrid"),
])
def test_a_move_turned_down_rejects_the_club_moved_to(events_named, monkeypatch, text, refuser, offerer):
    found = rejections(events_named, text)
    assert any(refuser in s and offerer in o for s, o in found), (text, found)
    with monkeypatch.context() as m:
        m.setattr(refused_owners, "MOVES", frozenset())
        assert not any(offerer in o for _, o in rejections(events_named, text)), text


@pytest.mark.parametrize("text", [
    "Crewe Alexandra spurned a chance to equalise before the break.",            # a chance in play
    "Crewe Alexandra turned down two penalties to kick for the corner.",         # play
    "Leeds United resisted Crewe Alexandra's pressure in the final minutes.",    # play, no offer
    "The Crewe Alexandra chairman rejected a move to London for the club's offices.",   # a place, not an offerer
])
def test_the_game_refused_is_no_rejection(events_named, text):
    assert not any("Crewe" in s or "Crewe" in o for s, o in rejections(events_named, text)), text

