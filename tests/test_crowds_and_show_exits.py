"""Conflict words that name no conflict in sport, entertainment and business stories: a crowd that
"targets" a player in a match report (extract/sport_play.crowd_abuse), a reality show's evictions
(extract/show_exits.py) and a market position threatened (data/lexicon/words/sense.yaml market_nouns);
with the real attacks, evictions and threats beside them kept. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import event_types

CONFLICT = {"ASSAULT", "COERCE", "THREATEN"}

# a match report, so that the document's domain is sport
MATCH = ("Leeds United beat Stoke City 2-0 in the league on Saturday. Striker Alan Smith scored twice in the second "
         "half and the goalkeeper saved a penalty, but the visitors pressed after the break and the home side's "
         "defence held on for the win, their fourth in five games this season. ")


@pytest.mark.parametrize("sentence", [
    "Smith has been targeted by the Stoke fans all season and was jeered when he was substituted.",
    "The winger was targeted by home supporters after his move from Leeds.",
    "The referee was targeted by the crowd after he turned down a late penalty appeal.",
])
def test_a_crowd_singling_out_a_player_is_no_attack(analyse_text, sentence):
    assert "ASSAULT" not in event_types(analyse_text(MATCH + sentence))


@pytest.mark.parametrize("sentence", [
    "The goalkeeper was targeted by a fan with a coin and needed treatment.",
    "The striker was targeted by Stoke fans who threw bottles from the stand.",
    "Two fans attacked a steward after the final whistle.",
])
def test_a_crowd_throwing_things_or_striking_still_attacks(analyse_text, sentence):
    assert "ASSAULT" in event_types(analyse_text(MATCH + sentence))


SHOW = ("Singer Tom Barker became the third contestant to leave the reality show on Sunday, after a week in "
        "which the programme drew its biggest audience. ")


@pytest.mark.parametrize("sentence", [
    "Barker was evicted after receiving 40% of the public vote.",
    "Viewers will evict another housemate from the house on Friday.",
    "Model Jane Carter was the first celebrity to be evicted from the camp.",
])
def test_a_reality_show_eviction_is_no_coercion(analyse_text, sentence):
    assert "COERCE" not in event_types(analyse_text(SHOW + sentence))


@pytest.mark.parametrize("text", [
    "Police evicted protesters from the square at dawn on Tuesday.",
    "Israeli police evicted a Palestinian family from their home in East Jerusalem.",
    # one word of a show in the story is not enough: a tenant's eviction reported on a programme
    "Police evicted protesters from the square at dawn, the BBC's Today programme reported.",
])
def test_an_eviction_outside_a_show_is_coercion(analyse_text, text):
    assert "COERCE" in event_types(analyse_text(text))


@pytest.mark.parametrize("sentence", [
    "Cheap open source software threatens Microsoft's monopoly on office programs.",
    "Budget airlines threaten the dominance of British Airways on European routes.",
])
def test_a_market_position_threatened_is_no_threat(analyse_text, sentence):
    assert not event_types(analyse_text(sentence)) & CONFLICT


def test_a_threat_to_people_stays(analyse_text):
    assert "THREATEN" in event_types(analyse_text("The rebels threatened the governor of the province with death."))


FILM = ("The new film by director Sam Hill opens in cinemas this week, starring Kate Lane as a singer on tour. The "
        "movie's soundtrack and its cast won praise from critics at the premiere, and the actors said the film was a "
        "joy to make. ")


# a sentence for each word of protesting_people (data/lexicon/words/sport_play.yaml)
@pytest.mark.parametrize("sentence", [
    "The singer Tom Reid cancelled his UK tour after protests by gay rights campaigners.",
    "Animal rights activists protested outside the premiere of the film.",
])
def test_a_protest_by_protesters_in_a_film_story_is_a_protest(analyse_text, monkeypatch, sentence):
    from newsgraph.extract import sense_conflict
    with monkeypatch.context() as m:
        m.setattr(sense_conflict, "PROTESTING_PEOPLE", frozenset())
        assert "PROTEST" not in event_types(analyse_text(FILM + sentence)), sentence
    assert "PROTEST" in event_types(analyse_text(FILM + sentence)), sentence


@pytest.mark.parametrize("text", [
    FILM + "In the film, villagers protest against the mine that poisons their river.",   # a plot
    MATCH + "Stoke rallied after the break but could not find a goal.",                  # a comeback
])
def test_a_plot_or_a_teams_rally_stays_no_protest(analyse_text, text):
    assert "PROTEST" not in event_types(analyse_text(text))
