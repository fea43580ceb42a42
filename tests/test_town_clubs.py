"""A club named after its town in a sport story (resolve/town_clubs.py): where one mention of the town takes
a plural verb ("Southampton have confirmed") or owns an offer ("Southampton's offer"), the name is the club,
an organisation, save where it only says where ("played in Southampton"). Sentences are our own."""
from __future__ import annotations

import pytest

# a match report's cue words make the story a sport story (domain.Context)
MATCH = ("Leeds United drew 1-1 with Everton in the Premiership on Saturday. The striker scored early and the "
         "goalkeeper saved a penalty before half-time. The manager praised his squad after the fixture, and the "
         "league leaders have eight games of the season left. ")


@pytest.mark.parametrize("text, town", [
    ("Southampton have confirmed their interest in the Leeds striker Tony Walsh. ", "Southampton"),
    ("Bristol are ready to sell their captain before the transfer window closes. ", "Bristol"),
    ("Walsh was not told of Southampton's £3m offer for him until Friday. ", "Southampton"),
])
def test_a_town_acting_as_a_team_is_the_club(resolved_entity, text, town):
    entity = resolved_entity(MATCH + text + f"The coach said {town} would wait.", town, nth=-1)
    assert entity is not None and entity.type == "ORGANIZATION", entity


def test_a_refused_move_to_the_town_club_rejects_the_club(events_named):
    found = events_named(MATCH + "Southampton have made two bids for Tony Walsh this month. "
                                 "Walsh rejected a move to Southampton on Friday.")
    assert any(t == "REJECT" and "Walsh" in (s or "") and o == "Southampton" for t, s, o in found), found


@pytest.mark.parametrize("text", [
    "Walsh rejected a move to Southampton on Friday.",                           # nothing says a club
    "Southampton has a new airport. Walsh rejected a move to Southampton.",      # a singular verb: the city
    "Leeds and Southampton are both wet in winter. Walsh rejected a move to Southampton.",   # two places may be
])
def test_a_town_not_acting_as_a_team_stays_a_place(events_named, text):
    found = events_named(MATCH + text)
    assert not any(t == "REJECT" and o == "Southampton" for t, s, o in found), found


def test_where_a_game_is_played_stays_a_place(resolved_entity):
    text = MATCH + "Southampton have confirmed a bid for Walsh. Leeds played in Southampton last season."
    entity = resolved_entity(text, "Southampton", nth=-1)
    assert entity is None or entity.type != "ORGANIZATION", entity


def test_outside_a_sport_story_a_town_stays_a_place(resolved_entity):
    text = ("House prices rose again in March, the Land Registry said. Agents said Southampton's offer of "
            "cheap land had drawn builders. Builders moved to Southampton from London.")
    entity = resolved_entity(text, "Southampton", nth=-1)
    assert entity is None or entity.type != "ORGANIZATION", entity


def test_a_fan_of_a_club_is_no_member_of_it(events_named):
    found = events_named(MATCH + "This will not come as news to Tony Walsh, a lifelong Everton supporter, "
                                 "but he is in no mood to wait.")
    assert not any(t == "AFFILIATION" and o == "Everton" for t, s, o in found), found


def test_a_club_official_is_still_a_member(events_named):
    found = events_named(MATCH + "Tony Walsh, an Everton official, said the club would wait.")
    assert any(t == "AFFILIATION" and "Walsh" in (s or "") and o == "Everton" for t, s, o in found), found
