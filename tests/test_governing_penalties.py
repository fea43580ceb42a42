"""Discipline inside a sport (extract/sport_discipline.py, the convention of session 45; until then a governing
body's penalty was a SANCTION): a league's, federation's, anti-doping agency's or tribunal's charge, inquiry, fine,
ban or suspension of a player, coach or club, and a club's penalty on its own player, are the sport's internal
business, no event; a court's, the police's, a government's or a state regulator's act on the same people is an
event as in any news. Sentences of our own; each dropped event is checked to come back without the module's word
lists, each kept one to be dropped without its state test."""
from __future__ import annotations

import pytest

from named_events import event_types
from newsgraph.extract import sport_discipline, sport_play

# a match report, so that the document's domain is sport
MATCH = ("Leeds United beat Crewe Alexandra 2-0 in the league on Saturday. Their striker scored twice before half-time, "
         "the goalkeeper saved a penalty and the defence held firm after the break for a fifth win in six matches this "
         "season. ")
DISCIPLINE = {"SANCTION", "COERCE", "ACCUSE"}


def test_a_sports_own_discipline_is_no_event(analyse_text):
    # a federation's ban, a league's fine of a club, a doping agency's suspension, a panel's
    for sentence in ("The Kenyan Athletics Federation banned the runner Joseph Mwangi for two years.",
                     "The Football League fined Leeds United £30,000 for fielding a suspended player.",
                     "The Dutch anti-doping agency suspended the cyclist Pieter Jansen for two years.",
                     "A disciplinary panel suspended the Leeds winger Sam Okafor for three matches."):
        assert not DISCIPLINE & event_types(analyse_text(MATCH + sentence)), sentence


# a sentence for each kind of sport body (governing bodies and sport_discipline_bodies,
# data/lexicon/words/sport_play.yaml): without the lists the governing body's penalty comes back
@pytest.mark.parametrize("sentence", [
    "The Scottish Football League fined Crewe Alexandra £20,000 for fielding an ineligible player.",
    "The Football Association suspended Leeds striker Tom Baker for three matches.",
    "The Rugby Football Union suspended the Bath prop Harry Cole for six weeks.",
    "The NFL suspended the Dallas linebacker Ray Hollis for four games.",
    "UEFA fined Crewe Alexandra £50,000 for crowd trouble.",
    "FIFA suspended the Crewe Alexandra midfielder Tom Baker for six months.",
    "The IOC suspended the skier Anna Berg for a year.",
    "The UCI suspended the rider Marco Rossi for two years.",
    "The Court of Arbitration for Sport banned the sprinter Ana Diaz for two years.",   # a court of the sport's
    "FIFA suspended Kenya from international football for two years.",   # a country in a sport story is its team
])
def test_a_governing_bodys_penalty_is_no_event(analyse_text, monkeypatch, sentence):
    assert not DISCIPLINE & event_types(analyse_text(MATCH + sentence)), sentence
    with monkeypatch.context() as m:
        m.setattr(sport_discipline, "SPORT_BODIES", frozenset())
        assert DISCIPLINE & event_types(analyse_text(MATCH + sentence)), sentence


def test_a_sport_bodys_charge_is_no_accusation(analyse_text, monkeypatch):
    sentence = "The Football Association charged the Leeds striker Tom Baker with violent conduct."
    assert not DISCIPLINE & event_types(analyse_text(MATCH + sentence))
    with monkeypatch.context() as m:
        m.setattr(sport_discipline, "SPORT_BODIES", frozenset())
        assert "ACCUSE" in event_types(analyse_text(MATCH + sentence))


# a ban or finding told with no doer is the sport's, unless a court, prison or crime is named
@pytest.mark.parametrize("sentence", [
    "The sprinter Dwain Chambers was banned for two years after testing positive for a steroid.",
    "The Crewe midfielder Tom Baker was found guilty of stamping on an opponent.",
    "The tribunal banned Harry Cole of Bath for six weeks after the brawl.",
])
def test_a_ban_with_no_doer_or_by_a_sport_tribunal_is_no_event(analyse_text, monkeypatch, sentence):
    assert not DISCIPLINE & event_types(analyse_text(MATCH + sentence)), sentence
    with monkeypatch.context() as m:
        m.setattr(sport_discipline, "DISCIPLINE_TYPES", frozenset())
        assert DISCIPLINE & event_types(analyse_text(MATCH + sentence)), sentence


# the law's and the state's acts on the same people are news
@pytest.mark.parametrize("sentence, kind", [
    ("A court in Manchester convicted the Leeds striker Tom Baker of assault.", "SANCTION"),
    ("Magistrates banned the Leeds striker Tom Baker from driving for a year.", "COERCE"),
    ("The Kenyan government suspended the Kenya football team from all competitions.", "SANCTION"),
    ("The Nigerian government banned the Super Eagles from the tournament.", "COERCE"),
    ("The Financial Conduct Authority fined Crewe Alexandra £100,000 for breaking listing rules.", "SANCTION"),
])
def test_a_courts_or_governments_act_on_a_player_or_team_is_kept(analyse_text, monkeypatch, sentence, kind):
    assert kind in event_types(analyse_text(MATCH + sentence)), sentence
    with monkeypatch.context() as m:
        m.setattr(sport_discipline, "STATE_ACTS", frozenset())
        m.setattr(sport_play, "GOVERNING_BODIES", frozenset())
        m.setattr(sport_play, "BANS", frozenset())
        assert kind not in event_types(analyse_text(MATCH + sentence)), sentence


@pytest.mark.parametrize("sentence, kind", [
    ("Police arrested the Leeds striker Tom Baker outside a nightclub.", "COERCE"),
    ("The Crewe midfielder Tom Baker was found guilty of drink-driving at Chester Crown Court.", "SANCTION"),
    ("The Leeds striker Tom Baker was charged with assault after a fight in a bar.", "ACCUSE"),
    # a charge told with no doer may be a prosecutor's: it stays
    ("The Leeds striker Tom Baker has been charged with violent conduct.", "ACCUSE"),
    ("The Crewe midfielder Tom Baker was found guilty of money laundering.", "SANCTION"),
    ("The Crewe midfielder Tom Baker was banned for a year after his trial for match fixing.", "SANCTION"),
])
def test_an_arrest_or_a_crime_named_stays_an_event(analyse_text, sentence, kind):
    assert kind in event_types(analyse_text(MATCH + sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Leeds United fined their striker Tom Baker two weeks' wages for missing training.",   # the employer's own
    "The league leaders punished Crewe Alexandra with three goals in ten minutes.",        # play
    "Leeds United suspended their captain Tom Baker for breaking a team curfew.",
])
def test_a_clubs_penalty_on_its_own_player_and_play_stay_no_sanction(analyse_text, sentence):
    assert "SANCTION" not in event_types(analyse_text(MATCH + sentence))


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
