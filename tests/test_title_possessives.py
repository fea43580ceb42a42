"""A "his" or "her" after a bare title in its own sentence is the title's, and a title whose holder no
date gives stands for its holder as the story country's office: "called for the prime minister to
resign, rejecting his appeals for calm" are the prime minister's appeals, not those of a person named
sentences before. Sentences are our own."""
from __future__ import annotations

GREEK = "Riot police fired tear gas at students in Athens, where Nikos Petrakis was injured. "


def test_possessive_after_a_title_is_the_titles(resolved_entity):
    text = GREEK + "The Greek opposition called for the prime minister to resign, rejecting his appeals for calm."
    ent = resolved_entity(text, "his")
    assert ent is not None and ent.name == "Prime minister of Greece"


def test_subject_pronoun_after_a_title_is_the_office(resolved_entity):
    text = GREEK + "The prime minister appealed for calm on Sunday. But he refused to sack the police chief."
    ent = resolved_entity(text, "he")
    assert ent is not None and ent.name == "Prime minister of Greece"


def test_possessive_with_a_person_between_stays(resolved_entity):
    text = GREEK + "The prime minister met Nikos Petrakis and his mother in hospital."
    ent = resolved_entity(text, "his")
    assert ent is None or ent.name != "Prime minister of Greece"
