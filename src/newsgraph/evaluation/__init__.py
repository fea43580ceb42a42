"""Instruments that measure extraction: probe sentences (generality), a hand-judged precision
audit of bench events, and the rate of conflict events in articles that report none (sport)."""
from __future__ import annotations

# The conflict types that must not come out of sport, film or business language.
CONFLICT_TYPES = ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST")
