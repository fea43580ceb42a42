"""A government told by its leader as owner or after "of" ("Mr Blair's government", "the government of Tony
Blair"): the government of the leader's country, as "the Blair government" is; a leader the records lack
is read by the office the story gives them. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("The government of Tony Blair refused to publish the inquiry's findings.", "GBR"),
    ("Mr Chirac's government sold its stake in the carmaker.", "FRA"),
])
def test_a_government_of_a_recorded_leader(resolved_entity, text, country):
    entity = resolved_entity(text, "government")
    assert entity is not None and entity.type == "GOVERNMENT" and entity.country == country


def test_a_leader_the_story_gives_an_office(resolved_entity):
    text = ("Kenyan President Wanjiru Odede opened the new port on Friday. "
            "Ms Odede's government denied any link to the smugglers.")
    entity = resolved_entity(text, "government")
    assert entity is not None and entity.type == "GOVERNMENT" and entity.country == "KEN"


@pytest.mark.parametrize("text", [
    # something between: the government of the leader's successor, of a leader's party
    "The government of Mr Blair's successor cut taxes.",
    # no leader at all
    "The government of Norland raised the tariff.",
    # a person who leads no state
    "The Arsenal manager Arsene Wenger's team lost again, and the government of Wenger's club was criticised.",
])
def test_other_owners_are_left_alone(resolved_entity, text):
    entity = resolved_entity(text, "government")
    assert entity is None or entity.type != "GOVERNMENT" or entity.country not in ("GBR", "FRA", "NOR")


def test_the_side_is_the_government(events_named):
    found = events_named("The government of Tony Blair rejected the report by the Liberal Democrats.")
    assert any(t == "REJECT" and s == "British government" for t, s, _ in found), found


def test_the_leader_keeps_his_title(events_named):
    # the owner keeps his name and title: the office he holds is still told
    found = events_named("Critics said French President Jacques Chirac's government had ignored the farmers.")
    assert ("LEADERSHIP", "Jacques Chirac", "France") in found, found
