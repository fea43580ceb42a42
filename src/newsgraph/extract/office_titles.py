"""A political office or chamber named in a side's own phrase ("Foreign Secretary Jack Straw", "MPs"):
read by the keep stage (extract/political_offices.py, keep.py) and the sense judge (given_help.py)."""
from __future__ import annotations

from ..wordlists import words
from .relations import NOT_HOLDING_NOW
from .sense_words import lemma_in

POLITICAL_SPEAKERS = words("political_speakers")


def political_speaker(tok) -> bool:
    """The side's own phrase names a political office or chamber it holds or is (POLITICAL_SPEAKERS):
    "Foreign Secretary Jack Straw", "the prime minister", "Labour MP Jo Lee", "Congress", "MPs";
    not one held no longer ("former minister X", "the former prime minister")."""
    if tok is None:
        return False
    titles = [t for t in (tok, *(c for c in tok.children if c.dep_ in ("compound", "appos"))) if lemma_in(t, POLITICAL_SPEAKERS)]
    return bool(titles) and not any(lemma_in(m, NOT_HOLDING_NOW) for t in (tok, *titles) for m in t.children
                                    if m.dep_ in ("amod", "compound", "advmod"))
