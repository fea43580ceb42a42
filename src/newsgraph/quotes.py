"""Where a text quotes someone. Three readings on purpose, one per use:

- `quotations`: the words inside quote marks (marks excluded, at least three characters; a curly
  quotation may run to the end of its line, as news paragraphs leave it open). Attribution
  gives a quoted claim to the speaker of the quotation.
- `quoted_stretches`: every stretch from an opening to the next closing mark, marks included.
  Coreference leaves "it" and "they" inside them unresolved: the speaker's words refer to
  the speaker's world.
- `sentence_quotes`: the same stretches read sentence by sentence, each straight mark read from its
  surroundings ('said: "He' opens, 'it." He' and a mark before a space close), so a stray or
  unclosed mark costs one sentence, or the few unmarked ones up to a closing mark, not the rest of
  the story. Coreference reads person pronouns with it (a quote's speaker is not the "he" inside it).

Merging the first two would move quote boundaries for one of the two uses (an open curly quote, a
two-letter quotation); keep them apart until a test sentence says otherwise."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .doctext import doc_text, kept, token_starts

# an opening quote mark and the closing mark written with it: straight single and double, curly single and
# double (nicknames.py and resolve/names.nickname read a quoted nickname between them)
QUOTE_PAIRS = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations ("..." and curly quotes), quote marks excluded."""
    spans = []
    for m in re.finditer(r"\u201c([^\u201c\u201d]{3,}?)(\u201d|$)", text, flags=re.M):
        spans.append((m.start(1), m.end(1)))
    for m in re.finditer(r'(?<![\w])"([^"\n]{3,}?)"', text):
        spans.append((m.start(1), m.end(1)))
    return sorted(spans)


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """Spans from an opening quote mark to the next closing one, marks included."""
    spans, open_at = [], None
    for m in MARKS.finditer(text):   # (the marks only: a walk over every character costs more)
        i, ch = m.start(), m.group()
        if ch in "\u201c\"" and open_at is None:
            open_at = i
        elif ch in "\u201d\"" and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    return spans


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


def reads_open(text: str, at: int, inside: bool) -> bool:
    """Whether the mark at `at` opens a quotation, `inside` one or not: read from its surroundings
    (`_opens`), by turns where they do not tell; a mark that looks like an opening one while a
    quotation is open, right after its closing punctuation, closes it ('... hospitals, "said Fauzi')."""
    opens = _opens(text, at)
    if opens is None or opens and inside and _spaced_close(text, at):
        return not inside
    return opens


def _spaced_close(text: str, at: int) -> bool:
    """A straight mark put after a space that follows a quotation's last punctuation (', "said'):
    a closing mark, where a word before the space ('need "significant') opens a quote in a quote."""
    return text[at] == '"' and at >= 2 and text[at - 1] == " " and text[at - 2] in ",.!?"


def sentence_quotes(doc) -> list[tuple[int, int]]:
    """Character spans of the quoted stretches, each within one sentence: from an opening mark to
    the closing one (or the sentence end); a sentence whose first mark closes is quoted up to it.
    Read once per document and kept in the Doc's user data (coreference, the gate and the
    confidence all ask)."""
    return kept(doc, _SENTENCE_QUOTES, _sentence_quotes)


_SENTENCE_QUOTES = "newsgraph.sentence_quotes"
RUN_ON = 4   # sentences without a mark that a quotation left open may run through


def _sentence_quotes(doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    marks = [m.start() for m in MARKS.finditer(text)]
    spans: list[tuple[int, int]] = []
    if not marks:
        return spans
    n = 0
    # sentences without a mark after one left open: quoted when the next mark closes, within a few
    # sentences (a quotation of several sentences, one a line: 'says: "We ... \n But ... \n ... "')
    between: list[tuple[int, int]] | None = None
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while n < len(marks) and marks[n] < start:
            n += 1
        if n >= len(marks) or marks[n] >= end:
            if between is not None and len(between) < RUN_ON:
                between.append((start, end))
            else:
                between = None
            continue
        open_at: int | None = None
        first = True
        while n < len(marks) and marks[n] < end:
            at = marks[n]
            opens = reads_open(text, at, open_at is not None)
            if first and not opens and between:
                spans.extend(between)
            first = False
            if opens and open_at is None:
                open_at = at
            elif not opens:
                spans.append((open_at if open_at is not None else start, at + 1))
                open_at = None
            n += 1
        between = None
        if open_at is not None:
            spans.append((open_at, end))
            between = []
    return spans


def in_quote(doc, i: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether token `i` starts inside one of the character spans `quotes`."""
    if not quotes:
        return False
    idx = token_starts(doc)[i]   # (not doc[i].idx: coreference asks for every candidate token)
    if len(quotes) < _FEW:
        return any(a <= idx < b for a, b in quotes)
    starts, reach = _quote_index(doc, quotes)
    k = bisect_right(starts, idx)   # the spans that start at or before the token: does one reach past it?
    return k > 0 and reach[k - 1] > idx


_FEW = 16   # spans read one by one; a longer list (a long story's quotes) is indexed once
_QUOTE_INDEX = ("newsgraph", "quote index")


def _quote_index(doc, quotes: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The spans' starts in order, and the furthest end among the spans up to each (any order, overlaps
    allowed): read once per list and document, as a long story asks about every candidate token and a
    walk over its quotes for each would cost its length squared."""
    known = doc.user_data.get(_QUOTE_INDEX)
    if known is None:
        known = doc.user_data[_QUOTE_INDEX] = {}
    entry = known.get(id(quotes))
    if entry is None or entry[0] is not quotes or entry[1] != len(quotes):
        ordered = sorted(quotes)
        starts = [a for a, _ in ordered]
        reach = list(accumulate((b for _, b in ordered), max))
        entry = known[id(quotes)] = (quotes, len(quotes), starts, reach)   # (the list kept: its id stays its own)
    return entry[2], entry[3]
