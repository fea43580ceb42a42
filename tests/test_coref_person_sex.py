"""A person pronoun skips a person of the other sex: known from the person's titles and nouns, else
from the pronouns coreference already gave the person, else from a first name of one sex
(resolve/antecedents.py). Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words


@pytest.mark.parametrize("text, pronoun, expected", [
    # the topic of the sentence before is a man by his first name: "she" is the woman he met
    ("Mark Dean met Laura Pike in Rome. She later sued him.", "she", "Laura Pike"),
    ("Laura Pike hired Mark Dean in 2001. Two years later he sued the firm.", "he", "Mark Dean"),
    # an object pronoun: not the subject of its own clause, nor a man
    ("Helen Ward let Peter Cole in. He shot her twice.", "her", "Helen Ward"),
])
def test_a_first_name_of_one_sex_keeps_pronouns_of_the_other_away(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


def test_no_person_of_the_pronouns_sex_leaves_it_open(resolved_name):
    assert resolved_name("Mark Dean arrived in Rome on Monday. She was not at the station.", "she") is None


def test_pronouns_already_given_a_person_say_its_sex(resolved_name):
    # nothing in "Alex Dean" says a sex; the "He" given Dean does, so "she" is the other person
    text = ("Alex Dean ran the clinic for ten years. He hired Sam Pike in 2001. "
            "Two years later she left the clinic.")
    assert resolved_name(text, "she") == "Sam Pike"
    # and without that "He" the topic is still taken
    assert resolved_name("Alex Dean hired Sam Pike in 2001. Two years later she left the clinic.", "she") \
        == "Alex Dean"


def test_a_title_outranks_a_first_name(resolved_name):
    # "Mrs Michael Dean" (a wife written with her husband's names) is a woman, whatever "Michael" says
    text = "Mrs Michael Dean met Tom Pike on Monday. She later sued the firm."
    assert resolved_name(text, "she") == "Michael Dean"


FEMALE = sorted(words("given_names_female"))
MALE = sorted(words("given_names_male"))


@pytest.mark.parametrize("name, pronoun", [(n, "he") for n in FEMALE] + [(n, "she") for n in MALE])
def test_each_first_name_says_its_sex(resolved_name, name, pronoun):
    # the subject of the sentence before is the topic; a name of the other sex sends the pronoun to
    # the person met, whose name says nothing
    text = f"{name.capitalize()} Bennett met Lee Kamau at the hospital. Later {pronoun} left the city."
    assert resolved_name(text, name, 0) == f"{name.capitalize()} Bennett"
    assert resolved_name(text, pronoun) == "Lee Kamau", name


def test_the_two_lists_do_not_share_a_name():
    assert set(FEMALE) & set(MALE) == set()
