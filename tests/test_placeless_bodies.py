"""A bare "the government" that no story country resolves stays a side: a government of the document
with no state (resolve/placeless_bodies.py)."""
import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Nurses marched through the town centre on Saturday. Their union urged the government to raise pay.",
     ("REQUEST", "union", "government")),
    ("A committee of MPs said the scheme was badly run. The MPs accused the government of wasting money.",
     ("ACCUSE", "mps", "government")),
])
def test_bare_government_with_no_country_is_kept_as_a_side(events_named, text, expected):
    assert expected in events_named(text)


def test_it_is_a_government_of_no_state(resolved_entity):
    ent = resolved_entity("Teachers walked out over pay. Their leaders urged the government to act.", "government")
    assert ent is not None and ent.type == "GOVERNMENT" and ent.country is None and not ent.key.startswith("gaz:")


def test_the_story_country_still_comes_first(resolved_entity):
    text = "Peruvian farmers blocked roads near Lima on Tuesday. Peru's unions urged the government to act."
    assert resolved_entity(text, "government").key == "gaz:PER-GOV"


@pytest.mark.parametrize(("text", "word"), [
    # any government, a past one, one named by its state
    ("Critics said a government would never allow such a law.", "government"),
    ("Teachers walked out over pay. They blamed the previous government for the cuts.", "government"),
])
def test_not_a_bare_government(resolved_entity, text, word):
    ent = resolved_entity(text, word)
    assert ent is None or ent.reason != "description"
