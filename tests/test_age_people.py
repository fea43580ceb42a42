"""A person named by age alone ("a 19-year-old") is a side (resolve/age_people.py)."""
import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Detectives arrested a 17-year-old in Bristol on Sunday.", ("COERCE", "detectives", "17-year-old")),
    ("A 31-year-old was stabbed outside a nightclub in Cardiff.", ("ASSAULT", None, "31-year-old")),
    ("Police announced the arrest of a 16-year-old after the robbery.", ("COERCE", "police", "16-year-old")),
])
def test_a_person_named_by_age_is_a_side(events_named, text, expected):
    assert expected in events_named(text)


def test_a_noun_after_the_age_keeps_its_own_phrase(events_named):
    assert ("COERCE", "detectives", "17-year-old boy") in events_named(
        "Detectives arrested a 17-year-old boy in Bristol on Sunday.")


@pytest.mark.parametrize("text", [
    # the definite one refers back; a ranking is no one
    "Collins, 33, was banned for two years. The 33-year-old said she would appeal.",
    "He became the first 40-year-old to win the race.",
])
def test_not_a_person_of_its_own(resolved_entity, text):
    ent = resolved_entity(text, "old")
    assert ent is None or not ent.key.endswith("year-old")
