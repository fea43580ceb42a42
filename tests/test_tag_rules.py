"""The attribute ruler matched through a table (tag_rules.py) finds exactly the matches spaCy's
Matcher finds, so every token ends with the same part of speech, morphology, lemma, tag and dependency."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from newsgraph.tag_rules import RuleTable, match_attribute_rules_by_table

# sentences of our own that reach the ruler's special patterns: contractions and dialect spellings,
# "there is", pronoun cases, do/have as main verbs, "but" as an adverb, subordinators, determiners as
# pronouns, auxiliaries, and runs of spaces and line breaks
SENTENCES = [
    "The ferry ain't leaving tonight, and the crew is gonna wait until they've gotta sail.",
    "Let's see, c'mon, y'all know there is nothin' left and there were two boats.",
    "I told you it was late; she gave it to me and then to you and I.",
    "They did their homework and had lunch, but do they have time? We do.",
    "He said that the mayor left because the council, which met while it rained, was not ready.",
    "That is what those were, and this was all that remained of it.",
    "The bill has been passed  and   the minister\n\nwill sign it.\n",
    "Nobody but the guard saw it; it was but a scratch.",
    "  Leading spaces, a tab\tinside, and a trailing newline\n",
    "",
]


@pytest.fixture(scope="module")
def ruler_and_docs(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    before = nlp.pipe_names[:nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        docs = list(nlp.pipe(SENTENCES))
    return ruler, docs


def test_the_pipeline_matches_by_table(nlp):
    assert "match" in vars(nlp.get_pipe("attribute_ruler"))


def test_same_matches_as_spacys_matcher(ruler_and_docs):
    ruler, docs = ruler_and_docs
    table = RuleTable(ruler)
    for doc in docs:
        assert table.match(doc) == AttributeRuler.match(ruler, doc), doc.text
    assert any(AttributeRuler.match(ruler, doc) for doc in docs)


def test_same_token_attributes_once_applied(ruler_and_docs):
    ruler, docs = ruler_and_docs
    table = RuleTable(ruler)
    for doc in docs:
        theirs, ours = doc.copy(), doc.copy()
        ruler.set_annotations(theirs, AttributeRuler.match(ruler, theirs))
        ruler.set_annotations(ours, table.match(ours))
        attrs = [POS, TAG, MORPH, LEMMA, DEP]
        assert (theirs.to_array(attrs) == ours.to_array(attrs)).all(), doc.text


def test_a_pattern_it_cannot_read_keeps_spacys_matcher():
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    match_attribute_rules_by_table(blank)
    assert "match" not in vars(ruler)
    assert [t.lemma_ for t in blank("very very good")][:2] == ["very", "very"]


def test_a_blank_ruler_by_table():
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["colour", "color"]}}], [{"LOWER": {"REGEX": "^hue"}}]], {"LEMMA": "colour"})
    ruler.add([[{"LOWER": "grey"}, {"LOWER": "blue"}]], {"LEMMA": "greyish"}, index=1)
    match_attribute_rules_by_table(blank)
    assert "match" in vars(ruler)
    doc = blank("A grey blue colour and two hues.")
    assert [t.lemma_ for t in doc] == ["", "", "greyish", "colour", "", "", "colour", ""]
