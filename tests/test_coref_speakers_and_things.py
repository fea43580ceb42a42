"""Coreference rules of session 14 (resolve/framing.py, resolve/things.py, coref.resolve_it,
quotes.sentence_quotes): a person pronoun framed by a verb of saying is its speaker; "it" of a verb
that takes things, or of a thing a name modifies, is no actor; a "who" clause makes a name a person;
straight quote marks do not nest. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def name_of(resolved_entity):
    def run(text: str, word: str, nth: int = -1):
        entity = resolved_entity(text, word, nth, folded=True)
        return entity.name if entity else None
    return run


@pytest.mark.parametrize("text, expected", [
    # the speaker named just before, not the person the story is about
    ("Reports say Kevin Marsh will resign. Finance minister Paula Grant said she expected a decision soon.",
     "Paula Grant"),
    ("Omar Said met Luis Pena on Monday. Pena announced he would step down in May.", "Luis Pena"),
    # a verb of knowing frames the clause the same way
    ("The club sacked coach Ian Ross after the defeat. Captain Tom Webb denied he had asked for it.", "Tom Webb"),
])
def test_a_framed_pronoun_is_the_speaker(name_of, text, expected):
    pronoun = "she" if " she " in text else "he"
    assert name_of(text, pronoun) == expected


def test_an_unnamed_speaker_takes_no_named_person(name_of):
    # "a spokesman said he": the spokesman, who has no name; not the leader the story is about
    text = "Rumours that Arnold Vane plans to quit spread on Sunday. A spokesman said he had no idea where they began."
    assert name_of(text, "he") is None


@pytest.mark.parametrize("text, pronoun, expected", [
    # the speaker's gender differs: the rule stands aside and the story's topic is kept
    ("Mark Dale lost the vote on Friday. Party chairwoman Anne Fry said he would appeal.", "he", "Mark Dale"),
    # "his lawyer said he": the client, not the lawyer
    ("Victor Lane was charged with fraud. His lawyer said he would plead not guilty.", "he", "Victor Lane"),
])
def test_the_rule_stands_aside(name_of, text, pronoun, expected):
    assert name_of(text, pronoun) == expected


@pytest.mark.parametrize("text", [
    # the patient of a verb that takes things
    "Drenco Energy agreed to buy a pipeline. No terms were disclosed, but it is expected to be completed in May.",
    "The Delmar Trust backed a new bridge. It will be built by 2027.",
    # a name modifying a thing: the report, not the office
    "A Public Accounts Office report on hospitals was released. It says waiting lists have grown.",
])
def test_it_of_a_thing_is_no_actor(name_of, text):
    assert name_of(text, "it") is None


def test_it_of_an_owner_of_a_standing_body_stays(name_of):
    # the body a name's standing noun stands for ("the Varn Holdings board") may still be "it"
    text = "The Varn Holdings board met on Monday. It approved a dividend."
    assert name_of(text, "it") in (None, "Varn Holdings")   # not another actor
    text = "Shares in engineering group Colbert soared on news that it is selling its rail arm."
    assert name_of(text, "it") == "Colbert"


def test_a_who_clause_makes_a_one_word_name_a_person(name_of):
    text = ('"Dozens of homes were hit," said Sutrisno, who like many Javanese uses a single name. '
            "He said the village had no power.")
    assert name_of(text, "he") == "Sutrisno"


def test_straight_marks_do_not_nest(nlp):
    from newsgraph.quotes import in_quote, sentence_quotes
    doc = nlp('"Three houses burned, "said Fauzan, a local official.')
    quotes = sentence_quotes(doc)
    speaker = next(t for t in doc if t.text == "Fauzan")
    houses = next(t for t in doc if t.text == "houses")
    assert in_quote(doc, houses.i, quotes) and not in_quote(doc, speaker.i, quotes)


def test_a_quotation_runs_on_through_unmarked_sentences(nlp, name_of):
    from newsgraph.quotes import in_quote, sentence_quotes
    text = ('Tara Quinn, head of drama, says: "We chose Owen Price a month ago.\n'
            "It was only when he read for us that we knew.\n"
            'He is a fine actor. "')
    doc = nlp(text)
    quotes = sentence_quotes(doc)
    middle = next(t for t in doc if t.text == "only")
    assert in_quote(doc, middle.i, quotes)
    assert name_of(text, "he", 0) != "Tara Quinn"   # the speaker is not the "he" she talks of
    # a mark left open with no closing mark after it quotes no further sentence
    doc = nlp('Lena Ford said: "We will appeal.\nThe court sat again on Monday.\nIt adjourned.')
    monday = next(t for t in doc if t.text == "Monday")
    assert not in_quote(doc, monday.i, sentence_quotes(doc))
