"""Whose undergoing a nominal event of custody or violence names by its owner alone: "Navalny's
arrest", "the journalists' detention" (PLOVER COERCE or ASSAULT done to the owner).

With a "by" phrase the owner always undergoes ("his abduction by gunmen": frames.patient_possessors);
without one, a state's, force's or group's owner acts ("China's detention of two Canadians", "the
police's arrest of the activist"), while a named person or people described undergo, when no "of"
phrase names another patient. A pronoun or one person described ("her murder", "the deputy's
slaying") is left to the story's sides. Nouns that also name a skill ("Rooney's shooting was
poor") keep their owner as no patient in the documents whose domain is that skill's (sport, film), as
sense.py judges the domain elsewhere: in news "Michael Brown's shooting" was done to him.
"""
from __future__ import annotations

from ..wordlists import words
from .arguments import actor_of, entity_type, generic_actor
from .entity_lookup import described
from .noun_phrases import possessors, prep_objects
from .sense_words import Context

SKILLS = words("skill_event_nouns")
# the domains in which those nouns name the owner's skill ("his shooting was wayward", "the film's shooting")
SKILL_DOMAINS = frozenset({"sport", "film"})
# who undergoes as an owner: a person, or people described ("the journalist's", "the protesters'")
UNDERGOERS = frozenset({"PERSON", "OTHER"})


def owner_undergoes(owner, res) -> bool:
    if owner.pos_ == "PRON":
        return False   # "pleaded guilty to her murder": whom "her" is, is the story's to say (coref)
    key = actor_of(owner, res) or generic_actor(owner, res) if res is not None else None
    if key is not None:
        # a name the tagger took for a firm's is a person's when arrested or killed: "Navalny's
        # arrest" (a known body's, "Hamas's", keeps its gazetteer type)
        kind = entity_type(key, res)
        if kind == "PERSON" and described(key, res):
            return False   # "the deputy's slaying": one person told back, whose name the story's sides give
        return kind in UNDERGOERS or kind == "ORGANIZATION" and not key.startswith("gaz:")
    return owner.ent_type_ == "PERSON"


def undergoing_owners(noun, res=None) -> list:
    """The owners of a custody or violence noun that undergo it, with no "of" patient named."""
    if prep_objects(noun, "of"):
        return []
    if noun.lemma_.lower() in SKILLS and Context.of(noun.doc).domain in SKILL_DOMAINS:
        return []
    return [o for o in possessors(noun) if owner_undergoes(o, res)]
