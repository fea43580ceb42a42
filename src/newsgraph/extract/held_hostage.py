"""A thing "held hostage" is a figure of speech of politics and business: "Republicans held the spending bill
hostage", "accused the union of holding the economy hostage" tell a blockade of a measure by a party's
leverage, no one seized or attacked. People held hostage ("held the manager and his family hostage",
extract/force.py) stay hostage-taking. The things are words("figurative_hostages"); the sense judge
(extract/sense.py, through everyday_acts.py) drops a candidate this finds."""
from __future__ import annotations

from ..wordlists import words

THINGS = words("figurative_hostages")
HOLDING = words("hostage_holding_verbs")


def thing_held_hostage(c) -> bool:
    """An ASSAULT or COERCE of holding whose held noun, the word before "hostage", is one of the things
    politics holds hostage: "held the budget hostage" (not "held two tellers hostage")."""
    verb = c.trigger
    if c.type not in ("ASSAULT", "COERCE") or verb.lemma_.lower() not in HOLDING:
        return False
    hostage = next((t for t in verb.subtree if t.lower_ in ("hostage", "hostages") and 0 < t.i - verb.i <= 8), None)
    if hostage is None or hostage.i == 0:
        return False
    held = hostage.doc[hostage.i - 1]
    return held.pos_ == "NOUN" and held.ent_type_ == "" and (held.lower_ in THINGS or held.lemma_.lower() in THINGS)
