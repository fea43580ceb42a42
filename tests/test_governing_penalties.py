"""A governing body's penalty in a sport story (extract/sport_play.py `governing_penalty`): a league's,
federation's or anti-doping agency's fine, ban or suspension of a player, coach or club is a SANCTION, though
the sense judge drops a sport story's other conflict words as the game; a club's penalty on its own player
stays the employer's business. Sentences of our own; each kept event is checked to be dropped without the
word list."""
from __future__ import annotations

import pytest

from named_events import event_types
from newsgraph.extract import sport_play

# a match report, so that the document's domain is sport
MATCH = ("Leeds United beat Crewe Alexandra 2-0 in the league on Saturday. Their striker scored twice before half-time, "
         "the goalkeeper saved a penalty and the defence held firm after the break for a fifth win in six matches this "
         "season. ")


# a sentence for each word of sport_governing_bodies (data/lexicon/words/sport_play.yaml)
@pytest.mark.parametrize("sentence", [
    "The Scottish Football League fined Crewe Alexandra £20,000 for fielding an ineligible player.",
    "The Kenyan Athletics Federation suspended the runner Joseph Mwangi for two years.",
    "The Football Association suspended Leeds striker Tom Baker for three matches.",
    "The Rugby Football Union suspended the Bath prop Harry Cole for six weeks.",
    "The NFL suspended the Dallas linebacker Ray Hollis for four games.",
    "The NBA fined the Boston forward Dan Price $25,000.",
    "MLB suspended the Texas pitcher Luis Ortega for 80 games.",
    "The NHL suspended the Toronto defenceman Erik Lund for three games.",
    "UEFA fined Crewe Alexandra £50,000 for crowd trouble.",
    "FIFA suspended the Crewe Alexandra midfielder Tom Baker for six months.",
    "WADA suspended the cyclist Pieter Jansen for two years.",
    "The IOC suspended the skier Anna Berg for a year.",
    "The RFU fined the Gloucester coach Dean Ryan £3,000 for criticising a referee.",
    "The IRB suspended the Samoa flanker Jo Tuilagi for six weeks.",
    "The FIA fined the McLaren team $100,000 for a breach of the rules.",
    "The UCI suspended the rider Marco Rossi for two years.",
])
def test_a_governing_bodys_penalty_in_a_sport_story_is_a_sanction(analyse_text, monkeypatch, sentence):
    with monkeypatch.context() as m:
        m.setattr(sport_play, "GOVERNING_BODIES", frozenset())
        assert "SANCTION" not in event_types(analyse_text(MATCH + sentence)), sentence
    assert "SANCTION" in event_types(analyse_text(MATCH + sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Leeds United fined their striker Tom Baker two weeks' wages for missing training.",   # the employer's own
    "The league leaders punished Crewe Alexandra with three goals in ten minutes.",        # play
    "Leeds United suspended their captain Tom Baker for breaking a team curfew.",
])
def test_a_clubs_penalty_on_its_own_player_and_play_stay_no_sanction(analyse_text, sentence):
    assert "SANCTION" not in event_types(analyse_text(MATCH + sentence))


# a ban with no doer named is a governing body's or a court's: a club does not ban its own player
@pytest.mark.parametrize("sentence", [
    "The sprinter Dwain Chambers was banned for two years after testing positive for a steroid.",
    "Chelsea striker Didier Drogba was banned for three matches for elbowing the Arsenal defender Tom Baker.",
    "The tribunal banned Harry Cole of Bath for six weeks after the brawl.",
])
def test_a_ban_with_no_doer_or_by_a_tribunal_is_a_sanction(analyse_text, monkeypatch, sentence):
    with monkeypatch.context() as m:
        m.setattr(sport_play, "BANS", frozenset())
        m.setattr(sport_play, "GOVERNING_BODIES", frozenset())
        assert "SANCTION" not in event_types(analyse_text(MATCH + sentence)), sentence
    assert "SANCTION" in event_types(analyse_text(MATCH + sentence)), sentence


# a request about a penalty or charge (appealed_penalties, data/lexicon/words/sport_play.yaml), not team talk
@pytest.mark.parametrize("sentence", [
    "The lawyer of the sprinter Kostas Kenteris has called for the doping charges against him to be dropped.",
    "Leeds United urged the Football Association to lift the ban on their striker Tom Baker.",
    "Leeds United urged the Football Association to lift the suspension of their striker Tom Baker.",
    "Crewe Alexandra urged UEFA to withdraw the sanction against their goalkeeper Tom Baker.",
])
def test_a_request_about_a_penalty_is_a_request_in_a_sport_story(analyse_text, monkeypatch, sentence):
    with monkeypatch.context() as m:
        m.setattr(sport_play, "PENALTIES", frozenset())
        assert "REQUEST" not in event_types(analyse_text(MATCH + sentence)), sentence
    assert "REQUEST" in event_types(analyse_text(MATCH + sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "The Leeds manager urged his striker Tom Baker to shoot more often.",             # team talk
    "The Leeds manager asked his striker Tom Baker to charge down every clearance.",  # play
    "Leeds United banned their striker Tom Baker from the training ground.",          # the employer's own
])
def test_team_talk_and_a_clubs_own_ban_stay_dropped(analyse_text, sentence):
    types = event_types(analyse_text(MATCH + sentence))
    assert "REQUEST" not in types and "SANCTION" not in types, sentence


# a governing body that bans is no firm making its own rules, and a coach it bans is no play
@pytest.mark.parametrize("sentence", [
    "UEFA has banned the Crewe defender Tom Baker for eight months.",
    "The Football Association banned the Crewe defender Tom Baker for eight months.",
    "The Crewe defender Tom Baker, banned by the Football Association for eight months, can play again in May.",
])
def test_a_named_governing_bodys_ban_is_a_sanction(analyse_text, monkeypatch, sentence):
    with monkeypatch.context() as m:
        m.setattr(sport_play, "GOVERNING_BODIES", frozenset())
        assert "SANCTION" not in event_types(analyse_text(MATCH + sentence)), sentence
    assert "SANCTION" in event_types(analyse_text(MATCH + sentence)), sentence
