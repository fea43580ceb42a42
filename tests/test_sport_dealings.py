"""Dealings off the field in a sport story (extract/sport_dealings.py): talks, contract offers, criticism and
refusals between two named sides stay events; the game's meetings, opponents and squad calls do not.
Sentences of our own, each inside a story the domain classifier reads as sport."""
from __future__ import annotations

from named_events import event_types

MATCH_REPORT = (
    " The striker scored twice in the second half and the goalkeeper saved a penalty as the club won the league "
    "match at the stadium. The manager praised his squad after the victory, the team's fifth win of the season, "
    "and the captain said the players would celebrate the title with the fans.")


def types_in_sport_story(analyse_text, sentence: str) -> set[str]:
    return set(event_types(analyse_text(sentence + MATCH_REPORT)))


def test_the_story_is_read_as_sport(analyse_text):
    from newsgraph.extract.sense_words import Context  # noqa: PLC0415
    from newsgraph.nlp import load_pipeline  # noqa: PLC0415

    assert Context.of(load_pipeline()("Everton beat Fulham." + MATCH_REPORT)).domain == "sport"


def test_a_contract_offer_between_club_and_player_is_an_agreement(analyse_text):
    assert "AGREE" in types_in_sport_story(
        analyse_text, "Bolton manager Sam Allardyce has offered Nicolas Anelka a three-year contract.")


def test_talks_with_a_player_are_a_consultation(analyse_text):
    assert "CONSULT" in types_in_sport_story(
        analyse_text, "Arsene Wenger met with Patrick Vieira on Tuesday to discuss his future.")


def test_a_coach_criticising_a_referee_is_an_accusation(analyse_text):
    assert "ACCUSE" in types_in_sport_story(
        analyse_text, "Wales coach Mike Ruddock criticised referee Chris White for his handling of the scrums.")


def test_a_fixture_is_no_meeting(analyse_text):
    assert "CONSULT" not in types_in_sport_story(analyse_text, "Everton meet Fulham at Goodison Park on Saturday.")


def test_a_rival_beaten_is_no_refusal(analyse_text):
    assert "REJECT" not in types_in_sport_story(
        analyse_text, "Paula Radcliffe shrugged off her Kenyan rival in the final mile.")


def test_a_bid_to_buy_the_club_is_no_agreement(analyse_text):
    assert "AGREE" not in types_in_sport_story(
        analyse_text, "The American tycoon Robert Kraft made an offer to buy Fulham Football Club.")
