"""The whole-document reads of doctext.py and the entry words of extract/entry_words.py give what
spaCy and a plain scan of the lexicon give: they only avoid building a Token per word."""
from __future__ import annotations

import spacy
from spacy.tokens import Span

from newsgraph.doctext import (
    children,
    doc_ents,
    doc_sents,
    doc_text,
    doc_tokens,
    forget,
    lemma_lowers,
    per_token,
    sentence_text,
    span_ents,
    span_text,
    token_lowers,
    token_memo,
    token_starts,
    tokens_with_lemma,
    tokens_with_lower,
    tokens_with_pos,
)
from newsgraph.extract.entry_words import first_words, last_words

TEXTS = ["Police in  Lagos said on Monday.\n\nThe  army's chief, Gen. Musa, denied it ?  ", "", " One"]


def _doc(text: str):
    doc = spacy.blank("en")(text)
    if len(doc) > 6:   # two entities, the second past the end of the first sentence
        doc.ents = [Span(doc, 2, 3, label="GPE"), Span(doc, 5, 10, label="DATE")]
    return doc


def test_text_and_spans_are_spacys():
    for text in TEXTS:
        doc = _doc(text)
        assert doc_text(doc) == doc.text == text
        assert token_lowers(doc) == [t.lower_ for t in doc]
        for start in range(len(doc) + 1):
            for end in range(start, len(doc) + 1):
                assert span_text(doc, start, end) == doc[start:end].text


def test_entities_are_spacys_and_kept_per_document():
    doc = _doc(TEXTS[0])
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    for start, end in ((0, 4), (0, 9), (0, 12), (3, 12), (5, 10)):
        assert [(e.start, e.end) for e in span_ents(doc[start:end])] == \
            [(e.start, e.end) for e in doc[start:end].ents]
    assert doc_ents(doc) is doc_ents(doc)
    forget(doc)   # read again after a correction of the document
    assert len(doc_ents(doc)) == 2


def test_entry_words_follow_their_table():
    table = {"pull out": 1, "lift": 2, "rocket fire": 3}
    assert first_words(table) == {"pull", "lift", "rocket"}
    assert last_words(table) == {"out", "lift", "fire"}
    other = {"walk out of": 1}
    assert first_words(other) == {"walk"} and last_words(other) == {"of"}


def test_an_analysed_doc_keeps_no_per_document_reads(nlp, gazetteer):
    # a worker holds a batch of parsed docs: the reads (a string per word) must not outlive analysis
    from newsgraph.extract import analyse
    from newsgraph.model import Document
    text = "Kenyan police arrested two opposition leaders in Nairobi on Monday, the interior ministry said."
    doc = nlp(text)
    analysis = analyse(Document(source="memo", text=text), doc, gazetteer)
    assert analysis.events, "the sentence tells an arrest"
    assert not [k for k in doc.user_data if "newsgraph" in (k[:1] if isinstance(k, tuple) else (str(k)[:9],))]


def test_tokens_with_a_lemma_or_form_are_a_scans():
    doc = spacy.blank("en")("The army and the Army said the armies and police left ; army")
    for tok in doc:
        tok.lemma_ = "army" if tok.lower_ in ("army", "armies") else tok.lower_
    for words in (("army",), {"army", "police"}, frozenset({"said", "nothing"}), ("absent",), ()):
        assert tokens_with_lemma(doc, words) == [t.i for t in doc if t.lemma_ in words]
        assert tokens_with_lower(doc, words) == [t.i for t in doc if t.lower_ in words]
    for tok in doc:
        tok.pos_ = "NUM" if tok.lower_ == "and" else "NOUN" if tok.lower_ == "army" else "X"
    for tags in (("NUM",), ("NUM", "NOUN"), ("VERB",)):
        assert tokens_with_pos(doc, tags) == [t.i for t in doc if t.pos_ in tags]
    doc[0].lemma_ = "army"   # a correction, then forget: read again
    forget(doc)
    assert tokens_with_lemma(doc, ("army",))[0] == 0
    empty = spacy.blank("en")("")
    assert tokens_with_lemma(empty, ("army",)) == tokens_with_pos(empty, ()) == []


def test_dependents_sentences_and_tokens_are_spacys(nlp):
    doc = nlp("Rebels who had seized the town on Monday withdrew after talks, officials said. "
              "\"We will not return,\" a commander told reporters in the capital late on Tuesday.")
    for tok in doc:
        assert [c.i for c in children(tok)] == [c.i for c in tok.children]
        assert all(c.doc is doc for c in children(tok))
    assert [(s.start, s.end) for s in doc_sents(doc)] == [(s.start, s.end) for s in doc.sents]
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    assert children(doc[0]) is children(doc[0]) and doc_sents(doc) is doc_sents(doc)   # built once


def test_sentence_text_is_spacys():
    doc = spacy.blank("en")("Fighting  went on .\n\nThen it stopped , they said .  ")
    doc[4].is_sent_start = True
    doc[5].is_sent_start = True
    for tok in doc:
        assert sentence_text(tok) == tok.sent.text


def test_per_token_memo_is_per_source_and_forgotten():
    doc = spacy.blank("en")("a b")
    lex, other = object(), object()
    per_token(doc, ("newsgraph", "test"), lex)[0] = "read"
    assert per_token(doc, ("newsgraph", "test"), lex) == {0: "read"}
    assert per_token(doc, ("newsgraph", "test"), other) == {}   # another lexicon: read again
    forget(doc)
    assert per_token(doc, ("newsgraph", "test"), other) == {}


def test_a_token_memo_reads_each_token_once_per_source():
    doc = spacy.blank("en")("a b")
    calls = []

    @token_memo
    def read(tok, source):
        calls.append((tok.i, source))
        return None   # an answer of None is kept too

    lex, other = object(), object()
    assert [read(t, lex) for t in doc] + [read(t, lex) for t in doc] == [None] * 4
    assert calls == [(0, lex), (1, lex)]
    read(doc[0], other)
    assert calls[-1] == (0, other)


def test_lower_lemmas_and_offsets_are_spacys():
    for text in TEXTS:
        doc = _doc(text)
        for tok in doc:
            tok.lemma_ = "Army" if tok.lower_ == "army" else tok.text
        assert lemma_lowers(doc) == [t.lemma_.lower() for t in doc]
        assert token_starts(doc) == [t.idx for t in doc]


def test_one_gazetteer_with_or_without_an_empty_list_of_files():
    from newsgraph.resolve.gazetteer import load_gazetteer

    assert load_gazetteer() is load_gazetteer(())
