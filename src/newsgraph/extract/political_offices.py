"""Who speaks for a polity: the offices a text gives people, and the political titles in a side's phrase.

What an office holder says or backs alone is political news ("President X condemned the violence",
"Foreign Secretary Jack Straw defended the move"); the same words from a private person are not.
An office is one in a state, government, army or armed group, or the leadership of a political party
("Tory leader Michael Howard ... Mr Howard said the plans were not racist"): a party's leader speaks
for a side of a country's politics, as a minister speaks for its government. Read by extract/keep.py
(`acts_alone`) and, through the office-holder type, by the sense judge.
"""
from __future__ import annotations

from .actors import KnownActors
from .arguments import entity_type
from .frames import Candidate
from .office_titles import political_speaker
from .sense import STATES

# actors whose acts of force are violence or repression by themselves, and whose offices make political speakers
FORCE_HOLDERS = STATES


def offices_held(candidates: list[Candidate]) -> frozenset[tuple[str, str]]:
    """(person, side) for each office the text gives a person ("Israel's defence minister Gallant")."""
    return frozenset((c.subject, c.object) for c in candidates if c.type == "LEADERSHIP" and c.subject and c.object)


def office_holders(held: frozenset[tuple[str, str]], res: KnownActors, gaz=None) -> frozenset[str]:
    """People the document gives an office in a state, government, army or armed group ("Greek
    President Carolos Papoulias"), or the lead of a political party the gazetteer knows ("Lib Dem
    leader Charles Kennedy"): what they do in office is political news."""
    return frozenset(person for person, side in held if entity_type(side, res) in FORCE_HOLDERS or party(side, gaz))


def party(key: str, gaz) -> bool:
    """A political party of the gazetteer (its kinds say so; parties.yaml)."""
    actor = gaz.actors.get(key.removeprefix("gaz:")) if gaz is not None and key else None
    return actor is not None and actor.is_party


def titled(key: str, res: KnownActors, doc) -> bool:
    """The document names the actor with a political office or chamber elsewhere ("Home Secretary
    Charles Clarke ... Mr Clarke said he had supported the plans")."""
    return bool(key) and any(k == key and political_speaker(doc[i]) for i, k in res.mention_head.items())
