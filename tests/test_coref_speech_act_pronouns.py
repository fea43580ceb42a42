"""A pronoun subject of a speech act on another ("He accused ...", "She urged ...") goes on with the
speaker before it, as "he said" does: the one who told the last sentence, not a person that sentence
told of. Sentences are our own; one per verb of the speech_act_verbs list."""
from __future__ import annotations

import pytest

TOLD = "Tom Reed had misled the voters, Peter Walsh said on Monday. "


@pytest.mark.parametrize("act", [
    "He accused the council of hiding the report.",
    "He urged the council to hold an inquiry.",
    "He criticised the council for its silence.",
    "He criticized the council for its silence.",
    "He condemned the council's silence.",
    "He demanded an inquiry by the council.",
    "He rejected the council's account of the vote.",
    "He dismissed the council's account as a fiction.",
    "He praised the council for its swift reply.",
    "He blamed the council for the delay.",
    "He called on the council to publish the papers.",
    "He branded the council's plan a fiasco.",
    "He challenged the council to publish the papers.",
])
def test_a_speech_act_goes_on_with_the_speaker(resolved_name, act):
    assert resolved_name(TOLD + act, "he") == "Peter Walsh"


def test_a_speech_act_makes_the_speakers_event(events_named):
    assert ("REQUEST", "Peter Walsh", "Glenmore Council") in events_named(
        TOLD + "He urged Glenmore Council to hold an inquiry.")


def test_another_verb_still_goes_on_with_the_story_actor(resolved_name):
    # a deed, not a speech act: the person the story told of acts on
    assert resolved_name(TOLD + "He resigned from the board the next day.", "he") != "Peter Walsh"


def test_a_pronoun_with_no_person_before_it_stays_unresolved(resolved_name):
    # no person antecedent at all: the speech act does not invent a speaker
    assert resolved_name("The council said the vote was void. He urged the board to resign.", "he") is None


def test_it_said_for_a_firm_stays_the_firm(resolved_name):
    # the speech acts are a person pronoun's: a firm's "it" after a person speaker stays the firm
    text = TOLD + "Vodafone said it rejected the offer from the council."
    assert resolved_name(text, "it") == "Vodafone"


@pytest.mark.parametrize("text", [
    # "he added" goes on with the speaker of the sentence before, who has no name: not the person named before
    "Lord Bach said the agency was improving. A spokesman for the ministry said there were no plans to sell. "
    "He added that a law would be needed.",
    "Lord Bach said the agency was improving. A senior official said the figures were poor. "
    "But he added that some projects were doing well.",
])
def test_he_added_after_an_unnamed_speaker_is_not_the_person_named_before(resolved_name, text):
    assert resolved_name(text, "he") is None


def test_he_said_after_a_speaker_with_a_name_beside_it_is_that_name(resolved_name):
    text = ("Lord Bach said the agency was improving. A spokesman for the firm, Dr Ravi Rao, told the BBC the "
            "figures were poor. He said the firm would recover.")
    assert resolved_name(text, "he") == "Ravi Rao"
