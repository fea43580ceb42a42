"""Keeps sentences whole across abbreviated titles ("IDF Maj.-Gen. Yoav Mordechai", "Lt. Col.
Smith"), where the tokenizer would cut the final period off and the parser then split."""
from __future__ import annotations

from .wordlists import words

TITLE_ABBREVIATIONS = (
    "Gen.", "Maj.", "Lt.", "Col.", "Sgt.", "Capt.", "Cpt.", "Adm.", "Brig.", "Cmdr.", "Gov.", "Sen.", "Rep.",
    "Prof.", "Rev.", "Hon.", "Pres.", "Maj.-Gen.", "Lt.-Gen.", "Lt.-Col.", "Brig.-Gen.", "Maj. Gen.",
    "Lt. Gen.", "Lt. Col.", "Brig. Gen.",
)


def add_title_abbreviations(nlp) -> None:
    """Tokenizer special cases: each abbreviation stays one token with its period; hyphenated words
    of acting together ("co-operates", "co-ordinated") stay one word, as their unhyphenated spelling."""
    for abbr in TITLE_ABBREVIATIONS:
        if " " in abbr:
            continue
        for form in {abbr, abbr.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    for word in words("hyphenated_words"):
        for form in {word, word.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


# A document whose line breaks mostly continue a sentence (text wrapped at a fixed width) keeps its
# single line breaks inside sentences; news from feeds and pages breaks lines between sentences,
# headlines and datelines, which the parser would otherwise join to the next sentence.
WRAPPED_SHARE = 0.3


def line_break_starts(doc) -> list[int]:
    """Indices of the tokens that begin a line: after a blank line always, after a single line break
    unless the line goes on in lower case or the document is wrapped text (many of its lines do)."""
    paragraph, single = [], []
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text or "\n" in token.whitespace_:
            following = doc[token.i + 1]
            if following.is_space:
                continue
            text = token.text + token.whitespace_ if token.is_space else token.whitespace_
            (paragraph if text.count("\n") > 1 else single).append(following.i)
    continued = sum(doc[i].is_lower for i in single)
    wrapped = bool(single) and continued > WRAPPED_SHARE * len(single)
    return sorted(paragraph + ([] if wrapped else [i for i in single if not doc[i].is_lower]))


def mark_line_breaks(doc):
    """Pipeline component before the parser: a new line begins a new sentence (the parser keeps
    boundaries set before it), and a quotation mark or bracket closing a line closes its sentence
    instead of standing alone."""
    for i in line_break_starts(doc):
        doc[i].is_sent_start = True
        closing = doc[i - 1] if not doc[i - 1].is_space else doc[i - 2] if i > 1 else None
        if closing is not None and closing.i > 0 and (closing.is_quote or closing.is_right_punct):
            closing.is_sent_start = False
    return doc
