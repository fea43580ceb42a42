"""In a sport story a contract or job offered to or agreed with a named player or coach is AGREE (the
precision audit's sport conventions), not play (extract/club_business.py contract_offered); offers of
anything else and the game itself stay dropped. Sentences of our own."""
from __future__ import annotations

import pytest

MATCH = ("Leeds drew 1-1 with Everton in the Premiership on Saturday. The striker scored early and the goalkeeper "
         "saved a penalty before half-time. The manager praised his squad after the fixture, and the league "
         "leaders have eight games of the season left. ")


def agreements(events_named, text):
    return {(subject, obj) for kind, subject, obj in events_named(MATCH + text) if kind == "AGREE"}


@pytest.mark.parametrize("text, club, player", [
    ("Everton have offered Wayne Rooney a new five-year contract.", "Everton", "Rooney"),
    ("Everton made an eight-year offer to the striker Wayne Rooney on Monday.", "Everton", "Rooney"),
    ("Everton have agreed to terms with Wayne Rooney.", "Everton", "Rooney"),
])
def test_a_contract_offered_to_a_named_player_is_an_agreement(text, club, player, events_named):
    found = agreements(events_named, text)
    assert any(club in (s or "") and player in (o or "") for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "Everton offered Wayne Rooney their congratulations after the game.",   # no contract
    "Everton offered little resistance in the second half.",                # play
    "Wayne Rooney scored twice. Everton made an offer to the striker last week.",   # the player not named there
])
def test_other_offers_in_a_sport_story_are_no_agreement(text, events_named):
    found = agreements(events_named, text)
    assert not any("Everton" in (s or "") for s, _ in found), (text, found)
