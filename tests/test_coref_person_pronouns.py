"""Person pronouns prefer the subject of the same or the previous sentence (the topic news keeps in
subject position) over a person named later in an object or a prepositional phrase. Sentences are
our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun, expected", [
    # the subject of the previous sentence, not the rival named at the end of it
    ("Maria Lopez was elected mayor of the city in 2010. She beat Ana Ruiz by 300 votes. "
     "Two years later she became governor of the province.", "she", "Maria Lopez"),
    ("Peter Hale ran the company for ten years, losing a long fight with Simon Reed. "
     "In 2004 he became chairman of the bank.", "he", "Peter Hale"),
    # an object pronoun: the subject of the earlier clause, not the person dealt with
    ("Tom Hale worked only with Sam Reed, and Joe Vance never met him.", "him", "Tom Hale"),
    # a person inside a preposed phrase of the pronoun's own sentence is no topic
    ("Gordon Pike was elected in 1990. After the death of leader Alan Rees in 1994 he stood aside.",
     "he", "Gordon Pike"),
])
def test_person_pronoun_prefers_the_recent_subject(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


def test_without_a_subject_person_the_most_recent_person_is_taken(resolved_name):
    # no person is a subject nearby: the most recent person named stays the antecedent
    assert resolved_name("The award went to Carla Mendes. The jury praised her novel.", "her") == "Carla Mendes"


@pytest.mark.parametrize("text, pronoun, expected", [
    # the name beside a subject description is that subject
    ("Sara Holt was at the hearing. The boy's aunt, Mary Dunn, said she would appeal.", "she", "Mary Dunn"),
    # the noun a relative clause tells of: "a man who said he ..."
    ("Paul Grey spoke first. The court then heard from Ben Cole, who said he had been "
     "attacked.", "he", "Ben Cole"),
])
def test_appositions_and_relative_heads_count_as_subjects(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


def test_a_pronoun_in_a_relative_clause_is_not_the_noun_the_clause_tells_of(resolved_name):
    # "students who attacked them": they are not the students (the clause's own subject)
    assert resolved_name("Riot police fired tear gas at students who attacked them with stones.", "them") \
        != "students"


def test_inside_a_quote_the_most_recent_person_is_taken(resolved_name):
    # the speaker talks of someone else: no preference for the narrative's subject
    text = ('Liam Shaw formed the band in 2001. "We met Dan Kerr at a party and thought we should ask him," '
            'said Shaw.')
    assert resolved_name(text, "him") == "Dan Kerr"


def test_an_object_pronoun_takes_a_person_of_its_own_sentence_first(resolved_name):
    # "fired at Peter Evans, hitting him": Evans, not the subject of the sentence before
    text = "Mark Hill said the driver was calm. John Baker then fired at Peter Evans, hitting him in the leg."
    assert resolved_name(text, "him") == "Peter Evans"


@pytest.mark.parametrize("text", [
    # a quoted "He" opening its sentence goes on with the previous sentence's subject "he", not with the
    # person named or described after it ("our man", "Sam Hart")
    'Tom Reed joined the club in May. Coach Ann Cole said: "It was only when he played at Leeds that we '
    'knew we had our man. He is the best young player in the country."',
    'Tom Reed joined the club in May. Coach Ann Cole said: "It was only when he played against Sam Hart '
    'that we knew we had our man. He is the best young player in the country."',
])
def test_inside_a_quote_an_opening_pronoun_goes_on_with_the_previous_subject_pronoun(resolved_name, text):
    assert resolved_name(text, "he") == "Tom Reed"
