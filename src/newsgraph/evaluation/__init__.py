"""Instruments that measure extraction: probe sentences (generality), conflict-event summaries,
the development set, a hand-judged precision audit of bench events, and the rate of conflict events
in articles that report none (sport)."""
from __future__ import annotations

from pathlib import Path

# The conflict types that must not come out of sport, film or business language.
CONFLICT_TYPES = ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST")


def held_out(path: str | Path) -> bool:
    """Whether a test file is held out (its name says so): its scores may be printed, never what it
    misses, since reading held-out misses turns them into tuning data."""
    return "heldout" in Path(path).name
