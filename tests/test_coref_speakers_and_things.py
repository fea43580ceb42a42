"""Coreference rules of session 14 (resolve/framing.py, resolve/things.py, coref.resolve_it,
quotes.sentence_quotes): a person pronoun framed by a verb of saying is its speaker; "it" of a verb
that takes things, or of a thing a name modifies, is no actor; a "who" clause makes a name a person;
straight quote marks do not nest. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # the speaker named just before, not the person the story is about
    ("Reports say Kevin Marsh will resign. Finance minister Paula Grant said she expected a decision soon.",
     "Paula Grant"),
    ("Omar Said met Luis Pena on Monday. Pena announced he would step down in May.", "Luis Pena"),
    # a verb of knowing frames the clause the same way
    ("The club sacked coach Ian Ross after the defeat. Captain Tom Webb denied he had asked for it.", "Tom Webb"),
])
def test_a_framed_pronoun_is_the_speaker(resolved_name, text, expected):
    pronoun = "she" if " she " in text else "he"
    assert resolved_name(text, pronoun) == expected


def test_an_unnamed_speaker_takes_no_named_person(resolved_name):
    # "a spokesman said he": the spokesman, who has no name; not the leader the story is about
    text = "Rumours that Arnold Vane plans to quit spread on Sunday. A spokesman said he had no idea where they began."
    assert resolved_name(text, "he") is None


@pytest.mark.parametrize("text, pronoun, expected", [
    # the speaker's gender differs: the rule stands aside and the story's topic is kept
    ("Mark Dale lost the vote on Friday. Party chairwoman Anne Fry said he would appeal.", "he", "Mark Dale"),
    # another named subject between the speaker and the pronoun
    ("Ann Lowe said Tim Hart was wrong and said he should apologise.", "he", "Tim Hart"),
])
def test_the_rule_stands_aside(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


@pytest.mark.parametrize("text", [
    # the patient of a verb that takes things
    "Drenco Energy agreed to buy a pipeline. No terms were disclosed, but it is expected to be completed in May.",
    "The Delmar Trust backed a new bridge. It will be built by 2027.",
    # a name modifying a thing: the report, not the office
    "A Public Accounts Office report on hospitals was released. It says waiting lists have grown.",
])
def test_it_of_a_thing_is_no_actor(resolved_name, text):
    assert resolved_name(text, "it") is None


def test_it_of_an_owner_of_a_standing_body_stays(resolved_name):
    # the body a name's standing noun stands for ("the Varn Holdings board") may still be "it"
    text = "The Varn Holdings board met on Monday. It approved a dividend."
    assert resolved_name(text, "it") in (None, "Varn Holdings")   # not another actor
    text = "The Norvik spokesman said it would appeal against the ruling."
    assert resolved_name(text, "it") == "Norvik"


def test_a_who_clause_makes_a_one_word_name_a_person(resolved_name):
    text = ('"Dozens of homes were hit," said Sutrisno, who like many Javanese uses a single name. '
            "He said the village had no power.")
    assert resolved_name(text, "he") == "Sutrisno"
    # a name that only modifies the noun the clause tells of is not made a person
    text = ("The Ohio native, who once held the state record, starred in the film that made her famous.")
    assert resolved_name(text, "her") is None


def test_a_spaced_closing_mark_closes(nlp):
    from newsgraph.quotes import in_quote, sentence_quotes
    doc = nlp('"Three houses burned, "said Fauzan, a local official.')
    quotes = sentence_quotes(doc)
    speaker = next(t for t in doc if t.text == "Fauzan")
    houses = next(t for t in doc if t.text == "houses")
    assert in_quote(doc, houses.i, quotes) and not in_quote(doc, speaker.i, quotes)
    # a mark after a word opens a quotation inside one: the sentence start stays outside
    doc = nlp('He warned that the programmes "would need "significant" changes.')
    assert not in_quote(doc, 0, sentence_quotes(doc))


def test_a_quotation_runs_on_through_unmarked_sentences(nlp, resolved_name):
    from newsgraph.quotes import in_quote, sentence_quotes
    text = ('Tara Quinn, head of drama, says: "We chose Owen Price a month ago.\n'
            "It was only when he read for us that we knew.\n"
            'He is a fine actor. "')
    doc = nlp(text)
    quotes = sentence_quotes(doc)
    middle = next(t for t in doc if t.text == "only")
    assert in_quote(doc, middle.i, quotes)
    assert resolved_name(text, "he", 0) != "Tara Quinn"   # the speaker is not the "he" she talks of
    # a mark left open with no closing mark after it quotes no further sentence
    doc = nlp('Lena Ford said: "We will appeal.\nThe court sat again on Monday.\nIt adjourned.')
    monday = next(t for t in doc if t.text == "Monday")
    assert not in_quote(doc, monday.i, sentence_quotes(doc))


def test_a_name_told_of_as_a_body_is_no_person(resolved_name):
    # the recogniser may type a club's name as a person; "which" tells it is a body
    text = ("Malcolm Glazer has made a fresh approach to buy Manchester United, which could lead to a "
            "bid valuing the club at 800m. Manchester United turned down his offer.")
    assert resolved_name(text, "his") == "Malcolm Glazer"
    # a "which" after an apposition tells of the apposition's body, not of the person
    text = ('"Sales are strong," according to Tom Reddy, director of Ventra, which tracks markets. '
            'But, he added: "Prices fall."')
    assert resolved_name(text, "he") == "Tom Reddy"
