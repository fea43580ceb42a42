"""Quotations read sentence by sentence, for coreference of person pronouns.

`quotes.quoted_stretches` pairs marks across the whole text, so one stray or unclosed mark (news
leaves a paragraph's quote open when the next paragraph goes on with it) turns the rest of the
story into a quote and its quotes into story. Here each straight mark is read from its
surroundings ('said: "He' opens, 'it." He' and a mark before a space close) and no quote runs past its sentence, so a
wrong mark costs one sentence at most."""
from __future__ import annotations

import re

from ..doctext import doc_text

MARKS = re.compile("[\"\u201c\u201d]")


def _opens(text: str, at: int) -> bool | None:
    """True for an opening mark, False for a closing one, None when its surroundings do not say."""
    ch = text[at]
    if ch != '"':
        return ch == "\u201c"
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if after.isspace() or after in ".,;:!?)]}":   # no quote opens on a space
        return False
    if before.isspace() or before in "([{:—-":
        return True
    return None


def sentence_quotes(doc) -> list[tuple[int, int]]:
    """Character spans of the quoted stretches, each within one sentence: from an opening mark to
    the closing one (or the sentence end); a sentence whose first mark closes is quoted up to it."""
    text = doc_text(doc)
    marks = [m.start() for m in MARKS.finditer(text)]
    spans: list[tuple[int, int]] = []
    if not marks:
        return spans
    n = 0
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while n < len(marks) and marks[n] < start:
            n += 1
        open_at: int | None = None
        while n < len(marks) and marks[n] < end:
            at, opens = marks[n], _opens(text, marks[n])
            if opens is None:
                opens = open_at is None     # read by turns
            if opens and open_at is None:
                open_at = at
            elif not opens:
                spans.append((open_at if open_at is not None else start, at + 1))
                open_at = None
            n += 1
        if open_at is not None:
            spans.append((open_at, end))
    return spans


def in_quote(doc, i: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether token `i` starts inside one of the character spans `quotes`."""
    idx = doc[i].idx
    return any(a <= idx < b for a, b in quotes)
