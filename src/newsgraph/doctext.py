"""Whole-document reads done once or without building a Token per word: spaCy's `Doc.text` joins
every token at each call, and resolution and extraction ask for it many times per document."""
from __future__ import annotations

_KEY = ("newsgraph", "text")


def doc_text(doc) -> str:
    """`doc.text`, computed on the first call and kept in the Doc's user data."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def tokens_with_lemma(doc, lemmas) -> list[int]:
    """Indices of the tokens whose lemma is one of `lemmas`, read as an array (no Token is built
    for the others): for passes that look at a few words of every document."""
    from spacy.attrs import LEMMA  # noqa: PLC0415

    strings = doc.vocab.strings
    wanted = {strings.add(w) for w in lemmas}
    return [i for i, lemma in enumerate(doc.to_array(LEMMA).tolist()) if lemma in wanted]


def tokens_with_lower(doc, words) -> list[int]:
    """Indices of the tokens whose lower-cased form is one of `words`, read as an array as
    tokens_with_lemma reads lemmas: a pass over every token builds a Token object for each."""
    from spacy.attrs import LOWER  # noqa: PLC0415

    strings = doc.vocab.strings
    wanted = {strings.add(w) for w in words}
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in wanted]
