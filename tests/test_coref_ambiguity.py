"""Person pronouns where the text leaves the antecedent open stay unresolved (an event with an
empty side is better than one with the wrong person), and a third-person pronoun inside a quote
is not the quote's speaker. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun", [
    # two people, neither of them a subject: nothing says which one "he" is
    ("The contract was signed by Mark Olsen and Peter Vance on Monday. The next day he resigned.", "he"),
    ("The prize went to Joan Frey, ahead of Lisa Park. Critics said her book was the best of the year.",
     "her"),
])
def test_two_people_without_a_subject_leave_the_pronoun_open(resolved_name, text, pronoun):
    assert resolved_name(text, pronoun) is None


def test_one_person_without_a_subject_is_still_the_antecedent(resolved_name):
    text = "The contract was signed by Mark Olsen on Monday. The next day he resigned."
    assert resolved_name(text, "he") == "Mark Olsen"


def test_the_subject_still_wins_over_a_second_person(resolved_name):
    text = "Mark Olsen signed the contract with Peter Vance on Monday. The next day he resigned."
    assert resolved_name(text, "he") == "Mark Olsen"


def test_a_pronoun_in_a_quote_is_not_the_speaker(resolved_name):
    # the speaker is the most recent person, but he speaks of someone else
    text = 'Carl Moss left the firm in May. Tom Reed, its founder, said: "He took our clients with him."'
    assert resolved_name(text, "he") == "Carl Moss"


def test_a_quote_after_its_speaker_runs_on_without_attribution(resolved_name):
    text = ('Carl Moss left the firm in May. Tom Reed, its founder, was angry. "I trusted him," Reed said. '
            '"He took our clients."')
    assert resolved_name(text, "he") == "Carl Moss"


def test_a_pronoun_in_a_quote_with_two_other_people_stays_open(resolved_name):
    text = 'Carl Moss and Sam Pike left the firm in May. Tom Reed said: "He took our clients."'
    assert resolved_name(text, "he") is None


def test_a_subject_inside_a_quotation_is_not_the_story_topic(resolved_name):
    # the writer stays the topic, not the person his quoted words are about
    text = 'Tom Reed wrote to the paper: "Carl Moss should lead the party." On Monday he joined it.'
    assert resolved_name(text, "he") == "Tom Reed"


def _quoted_words(nlp, text: str) -> set[str]:
    from newsgraph.quotes import sentence_quotes
    doc = nlp(text)
    spans = sentence_quotes(doc)
    return {t.text for t in doc if any(a <= t.idx < b for a, b in spans)}


def test_a_quote_left_open_does_not_run_into_the_next_sentences(nlp):
    # the first paragraph's quote is never closed (its next paragraph would go on with it)
    words = _quoted_words(nlp, 'The mayor said: "We will rebuild the bridge. Then the council voted. '
                               'Anna Berg abstained, calling the plan "a waste" of money.')
    assert {"rebuild", "waste"} <= words
    assert not {"council", "Berg", "abstained", "money"} & words


def test_a_sentence_whose_first_mark_closes_is_quoted_up_to_it(nlp):
    words = _quoted_words(nlp, '"The talks failed. We walked out," the envoy said.')
    assert {"talks", "walked"} <= words
    assert not {"envoy", "said"} & words


def test_a_closing_mark_left_at_a_sentence_start_quotes_nothing(nlp):
    # the mark closing the previous sentence's quote, split off with the next sentence
    words = _quoted_words(nlp, 'He said: "We lost. " The court then heard from Ben Cole.')
    assert "lost" in words
    assert not {"court", "heard", "Cole"} & words


def test_the_latest_person_who_is_also_the_latest_subject_is_taken(resolved_name):
    # no subject in the sentence before, but the most recent person is the story's last subject
    text = ("Sam Reed joined the firm in 1990 and later ran it with Tom Hale. The firm grew fast. "
            "In 1999 a prize went to Sam Reed. The next year he retired.")
    assert resolved_name(text, "he") == "Sam Reed"


@pytest.mark.parametrize("text, expected", [
    # the speaker and the person he speaks of are both subjects: only "he added" says which
    ("Carl Moss said Sam Pike had tried to bribe him. On Monday he went to the police.", None),
    ("Carl Moss said Sam Pike had tried to bribe him. He added that he had kept the letters.", "Carl Moss"),
])
def test_two_subjects_of_one_sentence(resolved_name, text, expected):
    assert resolved_name(text, "he", nth=0) == expected
