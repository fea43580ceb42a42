"""The pipeline's rule lemmatizer reads each word's lemma once (newsgraph.lemma_cache): the lemmas are
spaCy's own, on every token, however often a word comes back."""
from __future__ import annotations

import pytest

from newsgraph.lemma_cache import KeptLemmas

TEXTS = [
    "The villagers were fleeing the flooded valleys when the rescuers arrived; the rescuers flew them out.",
    "She has written three letters to the ministers, and they have answered none of the letters she wrote.",
    "Striking dockworkers blocked the ports again on Tuesday, saying the striking had only begun.",
    "Better roads, worse prices: the mayor said the cheapest bids were the best ones.",
    "",
    "   \n\n  ",
    "Running running RUNNING ran runs.",
]


@pytest.fixture(scope="module")
def plain_nlp():
    import spacy

    from newsgraph.nlp import DEFAULT_MODEL

    return spacy.load(DEFAULT_MODEL)


def test_the_pipeline_lemmatizer_keeps_its_lemmas(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), KeptLemmas)


def test_the_lemmas_are_spacys_own_on_every_token(nlp, plain_nlp):
    plain = plain_nlp.get_pipe("lemmatizer")
    # the same parse for both: only the lemmatizer differs (twice over: the second pass reads kept lemmas)
    for _ in range(2):
        for text in TEXTS:
            with nlp.select_pipes(disable=["lemmatizer"]):
                ours = nlp.get_pipe("lemmatizer")(nlp(text))
            with nlp.select_pipes(disable=["lemmatizer"]):
                theirs = plain(nlp(text))
            assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
            assert any(t.lemma_ != t.text for t in ours) or len(ours) < 4


def test_a_lemma_set_before_the_lemmatizer_is_kept(nlp):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["The", "mines", "exploded"], pos=["DET", "NOUN", "VERB"],
              lemmas=["", "mine-field", ""])
    doc = nlp.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["the", "mine-field", "explode"]


def test_the_index_is_read_as_sets(nlp):
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(known, frozenset) for known in index.values())


def test_a_lemmatizer_without_its_tables_reports_spacys_error():
    import spacy

    from newsgraph.lemma_cache import keep_every_lemma

    blank = spacy.blank("en")
    blank.add_pipe("lemmatizer", config={"mode": "rule"})
    keep_every_lemma(blank)
    assert isinstance(blank.get_pipe("lemmatizer"), KeptLemmas)
    with pytest.raises(ValueError, match="E1004"):
        blank("The rescuers arrived.")
