"""A subject that stands for a person only as its owner ("Ms Reyes's plan was ...") is no topic a
later "he"/"she" goes on with: the speaker or actor of that sentence is. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun, expected", [
    # the owned subject is in the reported clause: the one who told it is the topic
    ("Mr Tallis told the Herald that Mr Okoro's budget was putting schools at risk. "
     "He then accused the finance minister of hiding the cuts.", "he", "Tallis"),
    # the owned subject leads the sentence and the speaker comes after the quote
    ("Ms Varga's reform was \"a gift to landlords\", the opposition leader Nina Holm said on Monday. "
     "She urged the housing minister to withdraw it.", "she", "Nina Holm"),
    # a narrative sentence: the subject's owner is not the one who acts next
    ("Peter Lund's proposal was defeated, and Karl Oster welcomed the result. "
     "He called on the council to drop the scheme for good.", "he", "Karl Oster"),
])
def test_an_owned_subject_gives_way_to_the_person_subject(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


def test_a_pronoun_speaker_makes_the_verbal_event(events_named):
    text = ("Mr Tallis told the Herald that Mr Okoro's budget was putting schools at risk. "
            "He then accused Mr Okoro of hiding the cuts.")
    assert ("ACCUSE", "Tallis", "Okoro") in events_named(text)


def test_an_owned_subject_alone_still_gives_its_owner(resolved_name):
    # no other person near: the owner is the only person the pronoun can take
    assert resolved_name("Anna Berg's novel won the prize. She accepted it in Oslo.", "she") == "Anna Berg"


def test_an_owner_with_no_person_subject_beside_it_stays_the_topic(resolved_name):
    # the person named after it is no subject: the owner goes on as the story's topic
    text = ("Senator Ruth Obi's only gift was a clock from the mayor, Tom Vane. "
            "She also declared a trip to Ghana paid for by donors.")
    assert resolved_name(text, "she") == "Ruth Obi"


def test_an_owner_in_the_pronouns_own_sentence_is_not_passed_over(resolved_name):
    # "X said Y's views mattered as she ...": she may well be Y; the speaker is not taken for her
    text = "Professor Ann Wills said Ms Dale's views mattered as she was in charge of training nurses."
    assert resolved_name(text, "she") != "Ann Wills"
