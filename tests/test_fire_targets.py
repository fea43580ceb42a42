"""Whom fire was opened on when no "on" phrase says (extract/fire_targets.py): the people the shooting's
participle harms ("a gunman who opened fire at a bus stop killing a policeman") or those the clause joined
before it acted on ("surrounded the strikers and opened fire"). Our own sentences, one for every participle
the rule reads."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words

HARMED = {
    "kill": ("A gunman who opened fire at a bus stop killing a policeman has been arrested.", "policeman"),
    "wound": ("A teenager who opened fire at a school dance wounding three classmates was detained.", "classmate"),
    "injure": ("A farmer who opened fire at a county fair injuring two policemen has been charged.", "policem"),
    "hit": ("A guard who opened fire at a border post hitting two smugglers was suspended.", "smuggler"),
    "shoot": ("A driver who opened fire at a petrol station shooting a cashier has been charged.", "cashier"),
    "strike": ("A soldier who opened fire at a checkpoint striking a taxi driver was detained.", "driver"),
}


def _assaults(analyse_text, text) -> list[tuple[str, str]]:
    """Doer and object of every ASSAULT of the text, "" for a side it lacks."""
    analysis = analyse_text(text)
    name = lambda key: analysis.entities[key].name.lower() if key else ""  # noqa: E731
    return [(name(e.subject), name(e.object)) for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "victim"), HARMED.values())
def test_fire_opened_is_on_those_its_participle_harms(text, victim, analyse_text):
    assaults = _assaults(analyse_text, text)
    assert assaults and all(doer and victim in target for doer, target in assaults)


def test_fire_opened_after_acting_on_people_is_on_them(analyse_text):
    assaults = _assaults(analyse_text, "Riot police surrounded the striking miners and opened fire.")
    assert assaults and all("miner" in target for _, target in assaults)


def test_a_thing_taken_up_first_names_no_target(analyse_text):
    assert not any(target for _, target in _assaults(analyse_text, "The man grabbed a rifle from the car and opened fire."))


def test_a_participle_telling_the_act_itself_covers_the_opening(analyse_text):
    assaults = _assaults(analyse_text, "Police said Mark Dutton opened fire in a Malmo shopping centre, killing two guards.")
    assert assaults and all(target for _, target in assaults)


def test_every_participle_has_a_sentence():
    assert set(HARMED) == set(words("fire_harm_participles"))


def test_a_firm_entered_first_is_where_not_whom(analyse_text):
    text = "Jack Morrow entered the offices of Brightline Insurance in Leeds and opened fire."
    assert not any(target for _, target in _assaults(analyse_text, text))


def test_a_place_named_by_its_owner_entered_first_is_where(analyse_text):
    text = "The gunman entered the ground-floor office of the law firm, Hale Partners, and opened fire."
    assert not any(target for _, target in _assaults(analyse_text, text))
