"""Whose undergoing a nominal event of custody or violence names by its owner alone: "Navalny's
arrest", "the journalists' detention" (PLOVER COERCE or ASSAULT done to the owner).

With a "by" phrase the owner always undergoes ("his abduction by gunmen": frames.patient_possessors);
without one, a state's, force's or group's owner acts ("China's detention of two Canadians", "the
police's arrest of the activist"), while a named person or people described undergo, when no "of"
phrase names another patient. A pronoun counts when coreference makes it a named person, unless
that person is the subject the noun's clause blames ("X pleaded guilty to her murder"); one person
described ("the deputy's slaying") is left to the story's sides. Nouns that also name a skill ("Rooney's shooting was
poor") keep their owner as no patient in the documents whose domain is that skill's (sport, film), as
sense.py judges the domain elsewhere: in news "Michael Brown's shooting" was done to him.
"""
from __future__ import annotations

from ..domain import Context
from ..model import PEOPLE_TYPES
from ..wordlists import words
from .arguments import actor_of, entity_type, generic_actor
from .entity_lookup import described
from .noun_phrases import clause_verb, possessors, prep_objects

SKILLS = words("skill_event_nouns")
TIME_PREPS = words("undergone_time_preps")
# the domains in which those nouns name the owner's skill ("his shooting was wayward", "the film's shooting")
SKILL_DOMAINS = words("undergoing_owners_skill_domains")


def owner_undergoes(owner, res) -> bool:
    if owner.pos_ == "PRON":
        return named_person(owner, res)
    key = actor_of(owner, res) or generic_actor(owner, res) if res is not None else None
    if key is not None:
        # a name the tagger took for a firm's is a person's when arrested or killed: "Navalny's
        # arrest" (a known body's, "Hamas's", keeps its gazetteer type)
        kind = entity_type(key, res)
        if kind == "PERSON" and described(key, res):
            return False   # "the deputy's slaying": one person told back, whose name the story's sides give
        # who undergoes as an owner: a person, or people described ("the journalist's", "the protesters'")
        return kind in PEOPLE_TYPES or kind == "ORGANIZATION" and not key.startswith("gaz:")
    return owner.ent_type_ == "PERSON"


def named_person(pronoun, res) -> bool:
    """A pronoun owner undergoes when coreference makes it a person the story names ("Khodorkovsky ...
    following his arrest"); unresolved, or one person described, whom it is stays the story's to say
    ("pleaded guilty to her murder")."""
    key = actor_of(pronoun, res) if res is not None else None
    if key is None or entity_type(key, res) != "PERSON" or described(key, res):
        return False
    prep, verb = governing(pronoun.head)
    if prep is None or prep.lower_ in TIME_PREPS:
        return True
    return not any(actor_of(s, res) == key for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))


def governing(noun):
    """The preposition a noun hangs on and the verb above it ("pleaded guilty to her murder": to,
    pleaded), or (None, None)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    verb = clause_verb(prep) if prep is not None else None
    return (prep, verb) if verb is not None else (None, None)


def undergoing_owners(noun, res=None) -> list:
    """The owners of a custody or violence noun that undergo it, with no "of" patient named."""
    if prep_objects(noun, "of"):
        return []
    if noun.lemma_.lower() in SKILLS and Context.of(noun.doc).domain in SKILL_DOMAINS:
        return []
    return [o for o in possessors(noun) if owner_undergoes(o, res)]
