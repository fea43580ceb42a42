"""Events that are no acts between sides (extract/pledges.py, tallies.py, offences.py, sport_play.py):
a pledge of one's own policy, a count or a rule of prosecution,
an offence read as a side, and violence words of play in a sport story. The same words stay events
where someone acts on someone. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import event_types

SPORT_STORY = (
    "The Sixers beat the Celtics in overtime on Friday night. Allen Iverson scored 30 points and grabbed "
    "nine rebounds in the win, and the rookie center blocked four shots. Coach Maurice Cheeks praised his "
    "players after the game, the team's third straight win of the season. ")
FIGHT_STORY = (
    "Vitali Klitschko retained his heavyweight title with a knockout of Danny Williams in the eighth round. "
    "It was the champion's 35th win and the boxer's fourth defeat, and the referee stopped the bout. ")


def rows(analysis) -> set[tuple]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, names.get(e.subject), names.get(e.object)) for e in analysis.events}


@pytest.mark.parametrize("text", [
    "Chancellor Angela Merkel has promised to halve Germany's budget deficit within four years.",
    "The Green Party has vowed to scrap tuition fees if it wins the election.",
])
def test_a_pledge_of_policy_to_no_one_is_no_agreement(analyse_text, text):
    assert "AGREE" not in event_types(analyse_text(text))


def test_a_promise_to_someone_or_of_aid_stays_an_agreement(analyse_text):
    assert ("AGREE", "donor countries", "victims of the floods") in rows(analyse_text(
        "Donor countries promised to give $2bn to the victims of the floods."))
    assert "AGREE" in event_types(analyse_text("The minister promised the protesters that the hospital would stay open."))
    assert "AGREE" in event_types(analyse_text("Kenya pledged to return the stolen funds to the World Bank."))
    assert "AGREE" in event_types(analyse_text("The United States pledged to work towards lifting the sanctions on Cuba."))


def test_a_let_granted_to_an_actor_stays_a_concession(analyse_text):
    assert ("CONCEDE", "Israel", "Egypt") in rows(analyse_text("Israel will allow Egypt to deploy extra troops in Sinai."))
    assert "CONCEDE" in event_types(analyse_text("Police allowed the protesters to march to parliament."))
    assert "CONCEDE" in event_types(analyse_text("Belarus allowed foreign monitors to watch the vote count."))


@pytest.mark.parametrize("text", [
    "Records show 300 people were charged over the past decade.",
    "Only 12 shopkeepers have been prosecuted in the past ten years, the Crown Prosecution Service said.",
    "Landlords who ignore the rules are likely to be prosecuted.",
    "Motorists who exceed the limit could be prosecuted, the new guidance says.",
])
def test_counts_and_rules_of_prosecution_accuse_no_one(analyse_text, text):
    assert "ACCUSE" not in event_types(analyse_text(text))


def test_a_charge_laid_on_people_stays_an_accusation(analyse_text):
    assert "ACCUSE" in event_types(analyse_text("Eight protesters who stormed the embassy have been charged with criminal damage."))
    assert "COERCE" in event_types(analyse_text("Police said 40 people were arrested in the raids."))


def test_an_offence_is_never_the_arrester(analyse_text):
    found = rows(analyse_text("Smith's DUI arrest was his second this year."))
    assert ("COERCE", None, "Smith") in found and not any(s == "DUI" for _, s, _ in found)


def test_positions_and_ring_blows_in_a_sport_story_are_play(analyse_text):
    text = SPORT_STORY + "Iverson moved from shooting guard to point guard last season."
    assert "ASSAULT" not in event_types(analyse_text(text))
    text = FIGHT_STORY + "Klitschko bombed Williams with a right hand in the fourth round."
    assert "ASSAULT" not in event_types(analyse_text(text))


def test_a_shooting_in_a_sport_story_stays_violence(analyse_text):
    text = SPORT_STORY + "A gunman shot and wounded a fan outside the arena after the game."
    assert "ASSAULT" in event_types(analyse_text(text))


def test_letting_verbs_are_one_list():
    from newsgraph.extract import everyday, letting, sense

    assert sense.letting is letting.letting and everyday.letting is letting.letting


def test_a_pledge_whose_only_other_side_owns_what_is_acted_on_is_no_agreement(analyse_text):
    # the promise is made to no one: Britain only owns the culture to be clamped down on
    assert "AGREE" not in event_types(analyse_text(
        "Tony Blair pledged to clamp down on Britain's growing compensation culture."))


def test_a_pledge_of_cooperation_with_an_owner_stays_an_agreement(analyse_text):
    assert ("AGREE", "Tony Blair", "Kenya") in rows(analyse_text("Tony Blair pledged to cancel Kenya's debts."))
