"""What became of each candidate event: the stage that dropped it, or "kept".

Extraction reports to an observer only while one is installed (`observing`, used by
evaluation/funnel.py); otherwise every hook is one context-variable read and nothing is kept.
The hooks never change what extraction does.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

KEPT = "kept"
SENSE_JUDGE = "sense judge"
KEEP_GATE = "keep gate"
# the stages in the order a candidate meets them: the later, the further it got
STAGES = ("covered", SENSE_JUDGE, "acts on itself", "place without host", "incomplete", "repeated",
          "claim covered", KEEP_GATE, "lesser copy", "fragment", "confidence", KEPT)


@dataclass(slots=True)
class Fate:
    """A candidate as extraction last saw it, and the stage that dropped it. `rule` names the gate's
    rule for "keep gate" and the failed test for "sense judge" ("sport domain", "hypothetical")."""
    type: str
    trigger: str
    trigger_i: int          # the trigger's token index in the parsed text
    sentence: str           # the text of the trigger's sentence
    sentence_start: int     # its first character
    subject: str | None
    object: str | None
    subject_text: str
    object_text: str
    stage: str = KEPT
    rule: str = ""          # the keep gate's rule, or the sense judge's test, that dropped it

    @property
    def reach(self) -> int:
        """How far the candidate got: its stage's place in STAGES."""
        return STAGES.index(self.stage)


class Fates:
    """The fates of one extraction's candidates, in the order they were judged."""

    def __init__(self) -> None:
        self.fates: list[Fate] = []
        self._of_event: dict[tuple, Fate] = {}

    def candidate(self, c, stage: str, rule: str = "") -> Fate:
        tok, sent = c.trigger, c.trigger.sent
        fate = Fate(c.type, tok.text, tok.i, sent.text, sent.start_char, c.subject, c.object,
                    _phrase(c.subject_tok), _phrase(c.object_tok), stage, rule)
        self.fates.append(fate)
        return fate

    def made(self, c, event) -> None:
        self._of_event[_identity(event)] = self.candidate(c, KEPT)

    def followed(self, before: list, after: list) -> None:
        """`after[i]` is `before[i]` restated (a state replaced by its people, a leader made a member)."""
        for old, new in zip(before, after, strict=True):
            if (fate := self._of_event.get(_identity(old))) is not None:
                self._of_event[_identity(new)] = fate

    def dropped(self, event, stage: str, rule: str = "") -> None:
        if (fate := self._of_event.get(_identity(event))) is not None and fate.stage == KEPT:
            fate.stage, fate.rule = stage, rule


_OBSERVER: ContextVar[Fates | None] = ContextVar("newsgraph_fates", default=None)


@contextmanager
def observing() -> Iterator[Fates]:
    """Record the fates of the candidates of every extraction run inside the block."""
    fates = Fates()
    token = _OBSERVER.set(fates)
    try:
        yield fates
    finally:
        _OBSERVER.reset(token)


def dropped(c, stage: str, rule: str = "") -> None:
    """Candidate `c` goes no further than `stage` (`rule`: the test there that dropped it)."""
    if (fates := _OBSERVER.get()) is not None:
        fates.candidate(c, stage, rule)


def made(c, event):
    """`event`, which candidate `c` became."""
    if (fates := _OBSERVER.get()) is not None:
        fates.made(c, event)
    return event


def restated(before: list, after: list) -> None:
    """`after` is `before` one for one, each event perhaps restated."""
    if (fates := _OBSERVER.get()) is not None:
        fates.followed(before, after)


def survivors(stage: str, before: list, after: list) -> list:
    """`after`, the events of `before` that `stage` kept (perhaps restated); the others are marked dropped there."""
    if (fates := _OBSERVER.get()) is not None:
        kept = {_identity(e) for e in after}
        for event in before:
            if _identity(event) not in kept:
                fates.dropped(event, stage)
    return after


def ruled_out(event, rule: str) -> None:
    """The keep gate's `rule` dropped `event`."""
    if (fates := _OBSERVER.get()) is not None:
        fates.dropped(event, KEEP_GATE, rule)


def _identity(event) -> tuple:
    """What stays of an event through the stages after it is made (they restate only its confidence)."""
    return event.type, event.start, event.trigger_start, event.subject, event.object


def _phrase(tok) -> str:
    return "" if tok is None else tok.doc[tok.left_edge.i:tok.i + 1].text
