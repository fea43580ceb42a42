"""A merchant or fishing vessel an attack, a threat or a hijacking is done to is its target: news
names the ship for the people and cargo on board ("pirates attacked a merchant vessel", "gunmen
threatened a cargo ship", "hijacked a Greek tanker"), and the ship is the side, as a named one is
("MV Jag Arnav"). It is an actor of this document only, named by its own words ("merchant vessel",
"Greek tanker"), never the state of its flag. The people a craft carries or the crew its name says
come first ("a boat with 26 pirates", "a pirate ship": extract/crafts.py), a force's vessel is its
force's ("a navy boat": targets.site_holder), and a ship, boat or vessel said without a civil word is
a target only of an armed group or an unnamed doer (a navy's boats are as often the state's)."""
from __future__ import annotations

from ..model import Entity
from ..resolve.names import fold
from ..resolve.participants import document_tag
from ..wordlists import table, words
from .actors import KnownActors
from .entity_lookup import entity_type
from .frames import Candidate
from .quantities import is_people

# merchant and fishing vessels by their own noun, and the nouns a civil word makes one
CIVIL_VESSELS = words("civil_vessels")
VESSEL_MODIFIERS = words("civil_vessel_modifiers")
SHIP_NOUNS = words("ship_nouns")
# words of a force or state that own a vessel: "a navy ship", "a coastguard vessel"
FORCE_WORDS = frozenset(w for ws in table("site_holders").values() for w in ws) | words("vessel_force_words")
# doers whose target a bare ship is a civil one: armed groups and the unnamed
PLAIN_SHIP_DOERS = frozenset({"ARMED_GROUP", None})
# what is done to a vessel as to those on it
VESSEL_ACTS = frozenset({"ASSAULT", "THREATEN", "COERCE"})
# words before a vessel that count or point at it, not part of its name
COUNTING = frozenset({"det", "nummod", "quantmod", "advmod", "predet"})


def civil_vessel(tok) -> bool:
    """A merchant or fishing vessel by its noun or a civil word before it ("a tanker", "a cargo ship"),
    owned by no force ("a navy ship") nor by anyone named before it ("the pirates' boat")."""
    lemma = tok.lemma_.lower()
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if tok.pos_ != "NOUN" or any(c.dep_ == "poss" or c.lemma_.lower() in FORCE_WORDS for c in mods):
        return False
    return lemma in CIVIL_VESSELS or lemma in SHIP_NOUNS and any(c.lemma_.lower() in VESSEL_MODIFIERS for c in mods)


def plain_ship(tok) -> bool:
    """"a ship", "the vessel": a ship noun with no word of whose or what kind it is."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in SHIP_NOUNS and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.lefts)


def counting(word, vessel) -> bool:
    """A word before a vessel that counts or points at it ("the", "nearly 100"), not one of its name
    ("Maltese-flagged": a word of the modifier's own)."""
    return word.dep_ in COUNTING and (word.head.i == vessel.i or word.head.dep_ in ("nummod", "quantmod"))


def vessel_actor(tok, res: KnownActors) -> str:
    """The key of the vessel `tok` heads, an actor of this document named by its words ("merchant vessel")."""
    start = tok.left_edge.i
    while start < tok.i and counting(tok.doc[start], tok):
        start += 1
    name = tok.doc[start:tok.i + 1].text   # "nearly 100 vessels" -> "vessels"
    key = f"OTHER:#{document_tag(tok.doc)}:{fold(name).replace(' ', '-')}"
    entity = Entity(key=key, name=name, type="OTHER", reason="description")
    res.add_mention(tok.doc[start:tok.i + 1], entity, "description of a vessel", "GENERIC")
    return key


def flagged_vessel(tok, res: KnownActors) -> str | None:
    """The vessel a flag's state stood in for as an object ("pirates seized a Greek tanker": the tanker), or
    None when people are seized with it ("two Nigerian tankers and 14 fishermen": the people are the side)."""
    return None if any(is_people(c) for c in tok.conjuncts) else vessel_actor(tok, res)


def vessel_targets(candidates: list[Candidate], res: KnownActors, sites) -> None:
    """Give an attack, threat or seizure with no object the vessel it was done to ("threatened a
    merchant vessel"); `sites` lists what a trigger is done to (targets.sites_of)."""
    for c in candidates:
        if c.type not in VESSEL_ACTS or c.object is not None or c.trigger is None:
            continue
        doer = entity_type(c.subject, res) if c.subject else None
        if c.type == "COERCE" and doer not in PLAIN_SHIP_DOERS:
            continue   # "the navy seized two boats": a state's seizure of property, not a hijacking
        site = next((s for s in sites(c.trigger) if civil_vessel(s) or plain_ship(s) and doer in PLAIN_SHIP_DOERS),
                    None)
        if site is not None:
            c.object, c.object_tok = vessel_actor(site, res), site
