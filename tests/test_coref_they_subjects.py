"""Which plural "they"/"them" takes (resolve/they_pronouns.resolve_they): the subject of an
infinitive under another verb ("wanted the firms to pay") is no topic a later "they" goes on
with; an object "them" takes the plural its own sentence has just named before the previous
sentence's subject. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun, expected", [
    # the subject of the infinitive is acted on: "they" is those wanting
    ("Union leaders wanted the rail companies to raise wages. They called a strike for Monday.",
     "they", "union leaders"),
    ("Taliban fighters wanted the villagers to leave the valley. They burned the crops.", "they", "Taliban"),
    # an object "them" after its own sentence's plural: the villages, no actor, not the last subject
    ("Kurdish rebels rejected the offer on Monday. The army shelled two border villages and captured them.",
     "them", None),
    ("Kurdish rebels rejected the offer on Monday. The governor met local tribal leaders and told them to stay calm.",
     "them", None),
])
def test_they_takes_the_topic(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


@pytest.mark.parametrize("text, pronoun", [
    # the previous subject stays when the sentence names no plural before the pronoun
    ("Kurdish rebels rejected the offer on Monday. The army accused them of attacks on a base.", "them"),
    # a subject "they" still takes the last sentence's plural subject
    ("Kurdish rebels rejected the offer on Monday. The army said they had attacked a base.", "they"),
])
def test_the_last_subject_stays(resolved_name, text, pronoun):
    assert resolved_name(text, pronoun) == "rebels"
