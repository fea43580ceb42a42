""""Free up" makes a resource available: "the cutbacks would free up funds", "Ofcom has freed up spectrum",
"freeing up NHS beds", "frequencies freed up when the UK switches off its analogue signal". With the
particle it never frees a captive ("the rebels freed two hostages" has none), so a candidate of release
(PLOVER RETREAT) on "free up" is no act between sides; the sense judge (extract/sense.py, through
everyday_acts.py) drops it."""
from __future__ import annotations


def freed_up(c) -> bool:
    """A candidate whose trigger is "free" with the particle "up"."""
    verb = c.trigger
    if not verb.lower_.startswith("free"):   # free, frees, freed, freeing
        return False
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return any(x.dep_ == "prt" and x.lower_ == "up" for x in verb.children) or (
        following is not None and following.lower_ == "up" and following.head.i == verb.i)
