"""The dead and injured a natural hazard "left" are its toll, no one's attack: "a 6.1 magnitude earthquake hit
Aceh province, leaving 24 dead and over 200 injured", "a cyclone hit the coast, leaving 15 people injured".
The harm hangs on "leaving" or "left", whose clause's subject is the hazard; the sense judge reads a hazard
as the doer when it is the harm's own subject (sense.no_actor), and a harm with no doer as an accident only
when no troops or police are in the sentence, so a toll told beside the soldiers and police of the rescue
stayed an attack. Called by everyday_acts.py."""
from __future__ import annotations

from ..wordlists import words
from .sense_words import NATURAL_HAZARDS

HARMS = words("hazard_toll_harms")


def hazard_toll(c) -> bool:
    """An ASSAULT with no doer whose harm word is what a clause of "leave" tells a hazard left."""
    trigger = c.trigger
    if c.type != "ASSAULT" or c.subject is not None or trigger.lemma_.lower() not in HARMS:
        return False
    left, t = False, trigger
    for _ in range(5):
        if t.head.i == t.i:
            return False
        t = t.head
        left = left or t.lemma_.lower() == "leave"
        subject = next((x for x in t.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return left and subject.lemma_.lower() in NATURAL_HAZARDS
    return False
