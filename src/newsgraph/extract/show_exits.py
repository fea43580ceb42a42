"""Evictions of a game show. A reality show's contestants are "evicted" from its house or camp by the viewers'
vote ("Jackie Stallone was the first to be evicted from Celebrity Big Brother", "the public may evict one
hopeful a night"): a contestant's exit from a programme, not a tenant forced from a home (PLOVER COERCE).
The story says so by naming the show's contestants, housemates, viewers or the show itself more than once;
an eviction in a story with none of them ("bailiffs evicted the family from the flat") stays COERCE.
Called by the sense judge (extract/sense_conflict.py) for the conflict types.
"""
from __future__ import annotations

from ..wordlists import words
from .sense_words import lemma_in

EVICTIONS = words("show_exits_evictions")
SHOW_CUES = words("show_cues")
# how many show words a story needs before its evictions are the show's
SHOW_CUES_MIN = 2


def show_eviction(c) -> bool:
    """The candidate is an eviction in a story about a reality show (see the module)."""
    if not lemma_in(c.trigger, EVICTIONS):
        return False
    cues = sum(1 for t in c.trigger.doc if t.pos_ in ("NOUN", "PROPN") and lemma_in(t, SHOW_CUES))
    return cues >= SHOW_CUES_MIN
