"""Verbs of letting ("allow", "let", "permit", "enable"): a concession (PLOVER CONCEDE) when an actor
lets another act; no concession when a thing lets (extract/everyday.py), when they say what another act
is for (extract/sense.py), or when what is let yields nothing to anyone (extract/pledges.py)."""
from __future__ import annotations

from ..wordlists import words

LETTING = words("letting_verbs")


def letting(tok) -> bool:
    """A verb of letting: "allow", "let", "permit", "enable"."""
    return tok is not None and tok.lemma_.lower() in LETTING
