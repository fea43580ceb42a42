"""A club's description in a sport story (resolve/org_descriptions.py): "the Championship club", "the
Premier League side" name a league or region, which says where the club plays, not which it is; the club
is the one the story named before, a team by its plural verb ("Chelsea have made an offer"). A named club
in the description ("the Arsenal side") is that club; outside a sport story "the side" is no club.
Sentences are our own."""
from __future__ import annotations

import pytest

# a match report's cue words make the story a sport story (domain.Context)
MATCH = ("The striker scored early and the goalkeeper saved a penalty before half-time. The manager praised "
         "his squad after the fixture, and the league leaders have eight games of the season left. ")
OFFER = "Chelsea have made two offers for the striker Tony Walsh this month. "


@pytest.mark.parametrize("description", [
    "The Championship club",      # championship
    "The Premiership outfit",     # premiership
    "The Premier League side",    # league
    "The Conference club",        # conference
    "The Midlands club",          # midlands
    "The Bundesliga side",        # bundesliga
])
def test_a_league_or_region_in_the_description_leaves_the_club_named_before(events_named, description):
    found = events_named(MATCH + OFFER + f"{description} rejected a bid from Arsenal for its goalkeeper on Friday.")
    assert any(t == "REJECT" and s == "Chelsea" and o == "Arsenal" for t, s, o in found), found


def test_a_club_named_in_the_description_is_that_club(events_named):
    found = events_named(MATCH + OFFER + "The Arsenal side rejected a bid from Fulham for its goalkeeper on Friday.")
    assert not any(t == "REJECT" and s == "Chelsea" for t, s, o in found), found


def test_a_rival_club_is_another(events_named):
    found = events_named(MATCH + OFFER + "The rival Premier League club rejected a bid from Arsenal on Friday.")
    assert not any(t == "REJECT" and s == "Chelsea" for t, s, o in found), found


def test_outside_a_sport_story_the_side_is_no_club(events_named):
    found = events_named("Ministers met water companies on Monday to discuss prices. Thames Water have made an "
                         "offer for the land. The side rejected a bid from Severn Trent for the reservoir.")
    assert not any(t == "REJECT" and s == "Thames Water" for t, s, o in found), found


@pytest.mark.parametrize("club", ["Aston Villa FC", "Blackburn Rovers", "Leeds United", "Bolton Wanderers",
                                  "Charlton Athletic", "Brighton Albion", "Tottenham Hotspur"])
def test_a_name_ending_as_a_club_s_is_a_body_in_a_sport_story(resolved_entity, club):
    entity = resolved_entity(MATCH + f"{club} rejected a move by the striker Tony Walsh on Friday.", club.split()[-1])
    assert entity is not None and entity.type == "ORGANIZATION", entity


def test_a_player_stays_a_person(resolved_entity):
    entity = resolved_entity(MATCH + "Leeds United rejected a move by the striker Tony Walsh on Friday.", "Walsh")
    assert entity is not None and entity.type == "PERSON", entity
