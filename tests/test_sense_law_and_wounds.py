"""The sense judge's drops by the story's domain spare acts of law (extract/legal_process.py), and its
drops of harm with no attacker spare a wound told in a story of armed violence (sense_conflict.armed_story);
games, deals and accidents stay dropped. Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.evaluation.funnel import text_funnel

MATCH_REPORT = (
    "Leeds beat Fulham 3-1 in a lively league match at Elland Road on Saturday. The striker scored "
    "twice before half-time and the goalkeeper saved a penalty. The manager praised his squad after "
    "the fixture, and the captain thanked the fans. The club now lead the league by four points with "
    "eight games of the season left, and the coach said the title race was open. ")

FILM_STORY = (
    "The studio's new thriller opened in cinemas across the country on Friday, and the director said "
    "the film took three years to shoot. The actress won an award for her role at the festival, and the "
    "soundtrack album topped the chart. Critics praised the screenplay and the cast will promote the "
    "sequel next spring. ")

SHOOTING_STORY = (
    "A gunman opened fire at a car dealership in Dayton on Tuesday, police said. The shooting began "
    "shortly after 9am when the man, armed with a handgun and a shotgun, walked into the showroom. "
    "Two salesmen died at the scene. ")


def fates(text, nlp, gazetteer, last: str):
    """(type, trigger, stage, rule) of the candidates in the text's sentence `last`."""
    return [(f.type, f.trigger, f.stage, f.rule) for f in text_funnel(text + last, nlp, gazetteer).fates
            if last.split()[1] in f.sentence]


@pytest.mark.parametrize("story, sentence, kind", [
    (MATCH_REPORT, "The Fulham defender Piet Claes pleaded guilty to speeding at a court in Hull.", "CONCEDE"),
    (FILM_STORY, "The actor Sam Reed pleaded guilty to assault and was placed on probation.", "CONCEDE"),
    (FILM_STORY, "Six former board members of the studio have agreed to pay $20m to settle a shareholder lawsuit.",
     "AGREE"),
    (MATCH_REPORT, "The winger was booked into the county jail on Saturday night.", "COERCE"),
])
def test_an_act_of_law_passes_the_judge_in_any_story(nlp, gazetteer, story, sentence, kind):
    found = fates(story, nlp, gazetteer, sentence)
    assert any(t == kind and stage != "sense judge" for t, _, stage, _ in found), found


@pytest.mark.parametrize("story, sentence", [
    (MATCH_REPORT, "Leeds will meet Fulham again in the cup next month."),
    (FILM_STORY, "Paramount agreed a deal with the director Ridley Scott."),
    (MATCH_REPORT, "The striker was sent off and will serve a one-match ban."),
])
def test_games_and_deals_stay_dropped_by_the_story_domain(nlp, gazetteer, story, sentence):
    found = fates(story, nlp, gazetteer, sentence)
    assert found and all(stage == "sense judge" for _, _, stage, _ in found), found


def test_a_wound_in_a_story_of_armed_violence_is_the_attack(nlp, gazetteer):
    found = fates(SHOOTING_STORY, nlp, gazetteer, "A cashier was also wounded.")
    assert ("ASSAULT", "wounded", "kept", "") in found


@pytest.mark.parametrize("text, sentence", [
    ("A gas explosion tore through an apartment block in Lyon on Sunday. Firefighters said the blast was "
     "caused by a leaking boiler. ", "Three residents were injured, and the building collapsed."),
    (MATCH_REPORT, "The keeper was injured in the second half."),
    # one word of a gun is no story of armed violence
    ("Shares in the gun maker fell sharply on Monday after a weak quarter. ", "A worker was hurt at its plant."),
])
def test_harm_with_no_attacker_elsewhere_stays_no_attack(nlp, gazetteer, text, sentence):
    found = fates(text, nlp, gazetteer, sentence)
    assert not any(t == "ASSAULT" and stage == "kept" for t, _, stage, _ in found), found


@pytest.mark.parametrize("text, kind", [
    ("Prime Minister Ana Ruiz praised her chancellor for the budget on Tuesday.", "SUPPORT"),
    ("The prime minister will ask the Queen to dissolve Parliament next week.", "REQUEST"),
])
def test_an_office_holder_acted_on_is_someone(nlp, gazetteer, text, kind):
    found = [(f.type, f.stage) for f in text_funnel(text, nlp, gazetteer).fates]
    assert (kind, "kept") in found, found


def test_a_stance_on_no_one_and_no_matter_stays_dropped(nlp, gazetteer):
    found = [(f.type, f.stage, f.rule) for f in text_funnel(
        "Prime Minister Ana Ruiz praised the weather in Madrid.", nlp, gazetteer).fates]
    assert found == [("SUPPORT", "sense judge", "lone stance on nothing")]


def test_a_body_calling_for_something_makes_a_demand(nlp, gazetteer):
    found = [(f.type, f.stage) for f in text_funnel("Oxfam called for action to cut food prices.", nlp, gazetteer).fates]
    assert found and all(stage != "sense judge" for _, stage in found), found


def test_a_person_calling_for_a_taxi_makes_none(nlp, gazetteer):
    found = [(f.type, f.stage, f.rule) for f in text_funnel("The singer called for a taxi after the show.",
                                                            nlp, gazetteer).fates]
    assert found == [("REQUEST", "sense judge", "lone stance on nothing")]
