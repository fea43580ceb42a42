"""Seizing words: a raid, a search, a capture or a seizure is an arrest, an attack or no event
according to who does it and to whom ("police raided the offices" or "police stormed the squat" is
COERCE, "rebels seized the town" ASSAULT, "searched the web" nothing). The sense judge (extract/sense.py) asks `seizing_sense`.
Disarming one person ("officers disarmed the gunman") takes that person's weapon by force: COERCE, not the
disarmament of a side (PLOVER RETREAT: "the rebels disarmed"); extract/construction_types.py asks `disarmed_person`.
"""
from __future__ import annotations

from ..model import ARMED_TYPES
from ..resolve.names import is_title
from ..wordlists import words
from .quantities import is_people
from .sense_words import LAW_ENFORCEMENT, STATES, lemma_in

SECURITY = words("security_nouns")
# ground an armed force takes by force (besides a place named): "seized the town", "seized an army base"
HELD_GROUND = words("seized_ground")
STATE_GUARDS = frozenset(words("state_guards"))
STATE_CRAFT = words("state_craft")   # "the Indian warship INS Mysore captured 23 pirates"
# what an armed group's men are taken with: "captured three boats of the pirates"
GROUP_CRAFT = words("group_craft")
WANTED = frozenset(words("handed_suspects"))   # "captured two suspects", "the fugitive was captured"


def seizing_sense(c, entity_type) -> str | None:
    """Raids by the law are COERCE, by forces ASSAULT; capturing people is an arrest, a town an attack;
    a search by the law, of someone's place, is COERCE ("NONE": no event; None: the type stands)."""
    lemma = c.trigger.lemma_.lower()
    if lemma == "storm" and lemma_in(c.subject_tok, LAW_ENFORCEMENT):
        return "COERCE"       # "police stormed the squat": a raid by the law; troops or a mob storming a town attack
    if lemma == "raid":
        if lemma_in(c.subject_tok, LAW_ENFORCEMENT) or entity_type(c.subject) == "GOVERNMENT":
            return "COERCE"   # "police raided the newspaper's offices", "an FBI raid"
        return "ASSAULT" if entity_type(c.subject) in ARMED_TYPES else None
    if lemma == "search" and not (someones(c.trigger, entity_type(c.object)) and (
            c.subject is None and c.subject_tok is None or lemma_in(c.subject_tok, LAW_ENFORCEMENT | SECURITY)
            or entity_type(c.subject) in ARMED_TYPES | {"GOVERNMENT"})):
        return "NONE"         # "searched the web", "searching for the gunman", "searched the stadium": no one coerced
    if lemma == "hold" and any(x.dep_ == "dobj" and x.tag_ == "NNS" for x in c.trigger.children):
        return "NONE"         # "is holding hostages": a state; "held the staff hostage" is the act
    if lemma == "capture" and entity_type(c.subject) == "ARMED_GROUP" and abducted(c.object_tok, entity_type(c.object)):
        return "ASSAULT"      # "pirates captured 22 fishermen": an abduction (PLOVER ASSAULT, abduct)
    if lemma == "capture" and (captive(c.object_tok, entity_type(c.object)) or taken_by_the_state(c, entity_type)):
        return "COERCE"       # "captured two soldiers", "the navy captured 23 pirates", not "captured the town"
    if lemma == "seize" and entity_type(c.subject) in ARMED_TYPES and (
            entity_type(c.object) == "LOCATION" or lemma_in(c.object_tok, HELD_GROUND)):
        return "ASSAULT"      # "rebels seized the town", "fighters seized a military camp": taken by force
    return None


def taken_by_the_state(c, entity_type) -> bool:
    """Members of an armed group or gang captured by a state's forces or police ("the navy captured
    23 pirates", "police captured the gang members"): an arrest, not an attack on a group."""
    return group_members(c.object_tok) and entity_type(c.object) == "ARMED_GROUP" and (
        entity_type(c.subject) in STATES | {"MILITARY"} or lemma_in(c.subject_tok, LAW_ENFORCEMENT | STATE_GUARDS)
        or state_craft(c.subject_tok))


def group_members(tok) -> bool:
    """An armed group's men as a plural ("23 pirates"), a count of them ("23 of the raiders") or their boats ("three
    boats of the pirates"): not the group by its name, whose capture is no arrest of anyone."""
    if tok is None:
        return False
    if tok.tag_ == "NNS" and not lemma_in(tok, GROUP_CRAFT):
        return True
    return (tok.tag_ == "CD" or lemma_in(tok, GROUP_CRAFT)) and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ == "NNS" for o in p.children)
        for p in tok.children)


def state_craft(tok) -> bool:
    """A state's warship, named by its kind or its navy ("the Indian warship INS Mysore", "Indian Naval ship
    Sukanya"): it takes people for the state, as the navy does."""
    return tok is not None and (lemma_in(tok, STATE_CRAFT) or any(
        x.dep_ in ("compound", "amod", "appos") and lemma_in(x, STATE_CRAFT) for x in tok.children))


def abducted(tok, known: str | None) -> bool:
    """People named by what they are, neither combatants, the law's men nor wanted ("fishermen", "two
    tourists"): an armed group's capture of them is an abduction; of soldiers or a named commander, a
    detention."""
    return captive(tok, known) and tok.pos_ == "NOUN" and known not in ARMED_TYPES and not any(
        lemma_in(tok, words) for words in (SECURITY, LAW_ENFORCEMENT, WANTED))


def someones(verb, known: str | None) -> bool:
    """The verb's object is a person or belongs to someone: "searched the suspect", "students were
    searched", "searched the senator's home", "searched the offices of the newspaper"."""
    for o in (x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")):
        if captive(o, known) or any(x.dep_ == "poss" or x.dep_ == "prep" and x.lower_ == "of" for x in o.children):
            return True
    return False


def captive(tok, known: str | None) -> bool:
    """People named by a common noun ("two soldiers", "the escaped prisoner"), by a full personal
    name ("Ahmed Hassan") or a title and a name ("Mr. Nichols"); a lone one-word name is as often a
    town the tagger takes for a person."""
    if tok is None:
        return False
    if tok.pos_ == "NOUN":
        return is_people(tok) or known == "PERSON" or any(
            lemma_in(tok, words) for words in (SECURITY, LAW_ENFORCEMENT, WANTED))
    return tok.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and (c.ent_type_ == "PERSON" or is_title(c.text)) for c in tok.lefts)


def disarmed_person(c, entity_type) -> bool:
    """Someone disarms one person, named or described ("cops disarmed the woman", "the gunman was disarmed by a
    guard"): the weapon taken from them by force (COERCE). A side disarmed ("disarmed the militias", "Colombia
    disarmed the FARC") is a disarmament (RETREAT)."""
    doer, one = c.subject_tok, c.object_tok
    if c.type != "RETREAT" or c.trigger.lemma_.lower() != "disarm" or doer is None or one is None:
        return False
    return c.subject != c.object and one.tag_ in ("NN", "NNP") and entity_type(c.object) not in ARMED_TYPES \
        and captive(one, entity_type(c.object))
