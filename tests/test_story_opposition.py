""""The opposition" of a story that names several countries is the opposition of the story's country
where it stands, as "the prime minister" is that country's; a leaning word ("the socialist opposition")
still names that body. Sentences are our own."""
from __future__ import annotations

GREEK_STORY = ("Police in Athens clashed with students for a sixth night. Solidarity rallies also spread to "
               "Turkey and Spain. The Greek prime minister appealed for calm. ")


def _rows(events_named, text):
    return {(t, s, o) for t, s, o in events_named(text)}


def test_the_opposition_of_the_story_country(events_named):
    rows = _rows(events_named, GREEK_STORY + "The opposition accused the government of losing control.")
    assert ("ACCUSE", "Greek opposition", "Greek government") in rows, rows


def test_a_leaning_names_the_same_opposition(events_named):
    rows = _rows(events_named, GREEK_STORY + "The socialist opposition accused the government of losing control.")
    assert ("ACCUSE", "Greek opposition", "Greek government") in rows, rows


def test_one_country_named_keeps_its_opposition(resolved_entity):
    ent = resolved_entity("In Nairobi the opposition accused Kenya's police of brutality.", "opposition")
    assert ent is not None and ent.name == "Kenyan opposition"


def test_opposition_to_a_plan_is_a_stance(resolved_entity):
    text = GREEK_STORY + "The opposition to the cuts grew in Athens."
    assert resolved_entity(text, "opposition") is None
