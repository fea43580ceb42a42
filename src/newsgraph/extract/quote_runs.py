"""Quotations that run over several sentences or paragraphs, and who speaks them.

News names a speaker once and goes on quoting: '"They betrayed us," said Ms Jones. "The ministry
lied to the families."', 'The minister said:' before a quoted paragraph, a quote that opens a
paragraph and names its speaker at the end ('"We will not ... Never," the president said.'). A
`QuoteRun` is one speaker's quotation: its pieces are the quoted stretches, each within one
paragraph. A paragraph break ends a quote unless the quote was left open and the next paragraph
opens with a quote mark (the news convention for a quotation of several paragraphs), so a stray
mark costs at most its own paragraph, never the rest of the story.

`RunSpeakers` finds each run's speaker: a reporting verb outside the quote in a sentence the run
touches ("X said", "said X", "X added:", "according to X"), else the sentence right after it,
else another quotation of the paragraph, else a colon introduction or a quotation that ends the
paragraph before ('"...," said X.' then a paragraph that is a quotation only). Attribution gives the
run's sentences that speaker; `speak_in_quotes` reads "I" as the speaker and "we", "us", "our" as
the body the speaker speaks for, inside quotes only. A sentence that introduces a quotation of its
own ('Later, X said: "..."') speaks that one, not the quotation before it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..doctext import doc_text, kept, tokens_with_lower
from ..model import SourceRef
from ..quotes import reads_open
from ..wordlists import words
from .actors import KnownActors
from .arguments import VERBAL
from .speaker_bodies import NO_BODY, OUR_WORDS, body_of, public
from .speakers import Speakers

SINGULAR = words("quoted_first_person_singular")   # the speaker: "I", "me", "my"
PLURAL = OUR_WORDS   # the speaker's side: "we", "us", "our"
FIRST_PERSON = SINGULAR | PLURAL
OPENING_BEFORE = " \t([{:\u2014-"


@dataclass(frozen=True, slots=True)
class QuoteRun:
    """One quotation: its quoted stretches (character spans, marks excluded), in text order."""
    pieces: tuple[tuple[int, int], ...]

    def holds(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.pieces)


def quote_runs(text: str) -> list[QuoteRun]:
    """The quotations of a text, paragraph by paragraph (see the module's note)."""
    runs: list[list[tuple[int, int]]] = []
    left_open = False   # the last paragraph ended inside a quotation
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            continue
        pieces, still_open, first_opens = _pieces(line, start, continued=left_open)
        if pieces and left_open and first_opens is not None:
            runs[-1].append(pieces[0])   # the quotation goes on in this paragraph
            pieces = pieces[1:]
        runs.extend([p] for p in pieces)
        left_open = still_open
    return [QuoteRun(tuple(r)) for r in runs]


def _pieces(line: str, base: int, continued: bool) -> tuple[list[tuple[int, int]], bool, bool | None]:
    """The quoted stretches of one paragraph, whether it ends inside a quotation, and how the
    paragraph goes on an open quotation: True when it opens with a mark, False when its text runs
    up to a closing mark, None when it does neither (the quotation ended at the paragraph break)."""
    pieces: list[tuple[int, int]] = []
    open_at: int | None = None
    first_opens: bool | None = None
    lead = len(line) - len(line.lstrip())
    for k, ch in enumerate(line):
        if ch not in "\"\u201c\u201d":
            continue
        opens = reads_open(line, k, open_at is not None)
        if not pieces and open_at is None and continued and first_opens is None:
            if opens and k == lead:
                first_opens = True
            elif not opens:
                first_opens = False   # '... Banda Aceh.\n People panicked, "said X': up to the mark
                pieces.append((base + lead, base + k))
                continue
        if opens and open_at is None:
            open_at = k + 1
        elif not opens and open_at is not None:
            if k > open_at:
                pieces.append((base + open_at, base + k))
            open_at = None
    if open_at is not None and len(line) > open_at:
        pieces.append((base + open_at, base + len(line.rstrip())))
    return pieces, open_at is not None, first_opens


_RUNS = "newsgraph.quote_runs"


class RunSpeakers:
    """The quotations of one document and their speakers, read through its `Speakers`."""

    def __init__(self, speakers) -> None:
        self.speakers = speakers
        doc = speakers.doc
        self.text = doc_text(doc)
        self.runs = kept(doc, _RUNS, lambda d: quote_runs(self.text))   # read once: two passes ask
        self.starts = [r.pieces[0][0] for r in self.runs]
        self._found: dict[int, tuple[list[SourceRef], str] | None] = {}

    def run_of(self, offset: int) -> int | None:
        """The index of the run quoting the character at `offset`, if any."""
        for n in range(bisect_right(self.starts, offset) - 1, -1, -1):
            if self.runs[n].holds(offset):
                return n
            if self.runs[n].pieces[-1][1] < offset - 5000:
                break
        return None

    def speaker(self, n: int) -> tuple[list[SourceRef], str] | None:
        """Layers and certainty of run `n`'s speaker, or None."""
        if n not in self._found:
            self._found[n] = None   # (a run asks its neighbours; they never ask back for it)
            self._found[n] = self._own(n) or self._beside(n)
        return self._found[n]

    def _own(self, n: int):
        """A reporting verb outside the quotation in the sentences it touches, else the next one."""
        run = self.runs[n]
        sents = self.speakers.sents
        starts = self.speakers.sent_starts
        for a, b in run.pieces:
            first = max(0, bisect_right(starts, a) - 1)
            last = bisect_right(starts, b - 1)
            touched = [s for s in sents[first:last] if s.start_char < b and s.end_char > a]
            after = sents[last] if last < len(sents) and sents[last].start_char <= b + 3 \
                and "\n" not in self.text[b:sents[last].start_char] else None
            if after is not None and self.introduces(after):
                after = None   # '... patients." Earlier, Rose had said: "It is ...': Rose's own quotation
            for sent in touched + ([after] if after is not None else []):
                if (found := self._said_in(sent, a, b)) is not None:
                    return found
        return None

    def introduces(self, sent) -> bool:
        """Whether a quotation begins in the sentence or right after it (it says its own)."""
        k = bisect_right(self.starts, sent.start_char)
        return k < len(self.starts) and self.starts[k] < sent.end_char + 3

    def _said_in(self, sent, a: int, b: int):
        best = None
        lex = self.speakers.lex
        for t in sent:
            if t.pos_ in VERBAL and t.lemma_.lower() in lex.reporting and self.run_of(t.idx) is None:
                layers = self.speakers.speech(t)
                if layers:
                    dist = min(abs(t.idx - a), abs(t.idx - b))
                    if best is None or dist < best[0]:
                        best = (dist, (layers, lex.reporting[t.lemma_.lower()]))
        if best is not None:
            return best[1]
        if not all(self.run_of(t.idx) is not None for t in sent if t.is_alpha):
            layers = self.speakers.according_to(sent)
            if layers:
                return layers, "reported"
        return None

    def _beside(self, n: int):
        """Another quotation of the paragraph (the nearest before, then after), else a colon
        introduction or a quotation ending the paragraph before, when this run opens its paragraph."""
        a = self.runs[n].pieces[0][0]
        para = self.text.rfind("\n", 0, a) + 1
        end = self.text.find("\n", a)
        end = len(self.text) if end < 0 else end
        near = [m for m in range(n - 1, -1, -1) if self.runs[m].pieces[-1][0] >= para] + \
            [m for m in range(n + 1, len(self.runs)) if self.runs[m].pieces[0][0] < end]
        for m in near:
            if (found := self._own(m)) is not None:
                return found
        if self.text[para:a].strip(" \t\"\u201c"):
            return None   # the run does not open its paragraph
        before = self.text[:para].rstrip()
        if before.endswith(":"):
            sent = self.speakers.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
            return self._said_in(sent.sent, a, a) if sent is not None else None
        # '"...," said X.' and then a paragraph that is a quotation only: X goes on
        prev_para = before.rfind("\n") + 1
        last = n - 1 if n > 0 and self.runs[n - 1].pieces[-1][1] >= prev_para else None
        return self._own(last) if last is not None else None


def speak_in_quotes(doc, res: KnownActors, lex) -> None:
    """First-person words inside a quotation stand for its speaker: "I" and "we" for a body or a
    public person (`public`) speaking; "we" of anyone else for the body their phrase says they speak
    for ("a spokesman for the army"); "our" for the speaker's body or state (a minister's "our
    soldiers"). Never outside quotes, never in a quotation within the quotation."""
    runs = RunSpeakers(Speakers(doc, res, lex))
    bodies: dict[str, str] = {}
    for tok in (doc[i] for i in tokens_with_lower(doc, FIRST_PERSON)):   # no Token for every other word
        low = tok.lower_
        if tok.i in res.token_entity:
            continue
        n = runs.run_of(tok.idx)
        if n is None or _inner_quote(runs.text, runs.runs[n], tok.idx):
            continue
        found = runs.speaker(n)
        key = _speaker_key(found, res) if found else None
        if key is not None and low in PLURAL and (tok.dep_ == "poss" or not public(key, res)):
            # "our soldiers": the side's; a spokesman's or chief executive's "we": the body they speak
            # for. A public person's own "we" stays theirs: the leader acts, as news tells it
            key = bodies[key] if key in bodies else bodies.setdefault(key, body_of(key, res, doc))
        ent = res.entities.get(key) if key else None
        if ent is None or ent.type in NO_BODY and (tok.dep_ == "poss" or not public(key, res)):
            continue   # "my son", "our soldiers" are no more the speaker than "his son" is
        res.add_mention(doc[tok.i:tok.i + 1], ent, "quote speaker", label="QUOTE")


def _speaker_key(found, res: KnownActors) -> str | None:
    for ref in found[0]:
        ent = res.entities.get(ref.entity) if ref.entity else None
        if ent is not None and ent.type != "MEDIA":
            return ref.entity
    return None


def _inner_quote(text: str, run: QuoteRun, offset: int) -> bool:
    """Whether `offset` sits in a quotation within the quotation ('"They told us 'we will
    leave'," she said'): single marks opened before it and not closed."""
    piece = next((p for p in run.pieces if p[0] <= offset < p[1]), None)
    if piece is None:
        return False
    depth = 0
    for k in range(piece[0], offset):
        ch = text[k]
        before = text[k - 1] if k > 0 else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        if ch == "\u2018" or ch == "'" and before in OPENING_BEFORE and after.isalnum():
            depth += 1
        elif (ch == "\u2019" or ch == "'") and depth and not after.isalnum():
            depth -= 1
    return depth > 0
