"""The force that held someone, named only in what the arrest came after or in: "was arrested after a
stand-off with police", "was taken into custody following a chase by officers", "were detained in a
police swoop", "the police sweep in which 89 people were arrested".

A suspect taken after a stand-off, chase or struggle with a police or military force is taken by that
force: news names the confrontation and leaves the arrest agentless. Only verbs of taking someone into
custody read so ("was killed after a shoot-out with police" says nothing of who fired), and only a
force in the phrase ("arrested after a fight with his neighbour" names no arrester). The swoops and
sweeps a force word modifies are its operations, as "a police raid" (extract/passive_agents.py). A noun of
the act reads as its verb: "his arrest in a police bust", "their capture after a chase by troops" (the
force, for frames.noun_subject). The words are data: data/lexicon/words/force_acts.yaml."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type
from .targets import forces_of, modifier_force

# verbs of taking someone into a force's hands ("take" only "into custody")
CUSTODY_TAKING = words("custody_taking_verbs")
# what an arrest comes after or during: a confrontation with the ones who made it
CONFRONTATIONS = words("arrest_confrontations")
# a force's operations of rounding people up, which no event lexicon names: "a police swoop"
ROUND_UPS = words("round_up_nouns")
TIME_PREPS = words("standoff_arrests_time_preps")
# nouns of the same act ("his arrest in a police bust")
CUSTODY_NOUNS = words("custody_taking_nouns")
# custody and force acts whose doer's own operation a custody act is made in ("his arrest in a police raid")
OPERATION_TYPES = frozenset({"COERCE", "ASSAULT"})
# the ones one confronts or is chased by
PARTY_PREPS = words("standoff_arrests_party_preps")
FORCE_TYPES = frozenset({"MILITARY"})
FORCE_WORDS = words("forces_nouns") | {"officer"}
# police units and officers that no force word names: "a stand-off with the SWAT team", "a struggle with deputies"
POLICE_UNITS = words("police_unit_words")


def taken_into_custody(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in CUSTODY_TAKING:
        return False
    return lemma != "take" or any(p.dep_ == "prep" and p.lower_ == "into" and any(
        o.lower_ == "custody" for o in p.children) for p in verb.children)


def confronting_force(verb, res: KnownActors) -> list[tuple[str, object]]:
    """The police or troops a passive arrest came after a confrontation with, or in whose swoop it
    was made; [] for any other verb or phrase."""
    if not taken_into_custody(verb):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in TIME_PREPS):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            found = operation_force(relative_head(noun, verb), res) or confronted(noun, res)
            if found:
                return [found]
    return []


def custody_noun_force(noun, res: KnownActors, operation_type) -> tuple[str | None, object]:
    """The force a custody noun was made by, named as for the verb: "hours after his arrest in a police
    bust", "their detention during an army sweep", "his capture after a stand-off with police"; (None,
    None) for any other noun or phrase ("his arrest in a Paris hotel" names no force). `operation_type`
    gives the type of an event noun, or None: a police raid or crackdown is the force's operation too."""
    if noun.lemma_.lower() not in CUSTODY_NOUNS:
        return None, None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in TIME_PREPS):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            found = operation_force(pobj, res) or confronted(pobj, res)
            if found is None and prep.lower_ in ("in", "during") and operation_type(pobj) in OPERATION_TYPES:
                found = next(((key, m) for m in pobj.lefts if (key := modifier_force(pobj, m, res))), None)
            if found:
                return found
    return None, None


def relative_head(noun, verb):
    """The noun "in which" stands for: "the police sweep in which 89 people were arrested"."""
    return verb.head if noun.lower_ == "which" and verb.dep_ == "relcl" else noun


def operation_force(noun, res: KnownActors) -> tuple[str, object] | None:
    """"in a police swoop", "a military sweep": the force the operation noun's modifier names."""
    if noun.lemma_.lower() not in ROUND_UPS:
        return None
    for mod in noun.lefts:
        key = modifier_force(noun, mod, res)
        if key:
            return key, mod
    return None


def confronted(noun, res: KnownActors) -> tuple[str, object] | None:
    """"after a stand-off with the SWAT team", "following a chase by officers": the force."""
    if noun.lemma_.lower() not in CONFRONTATIONS and not split_standoff(noun):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS):
        for party in (p for p in prep.children if p.dep_ == "pobj"):
            key = actor_of(party, res)
            named = {w.lemma_.lower() for w in (party, *party.lefts)}
            if key and (entity_type(key, res) in FORCE_TYPES or named & FORCE_WORDS):
                return key, party   # "police" in Leeds: the country's police, a body of its government
            unit = next((w for w in (party, *party.lefts) if w.lemma_.lower() in POLICE_UNITS), None)
            if unit is not None:
                return forces_of(party, unit, "police", res), party
    return None


def split_standoff(noun) -> bool:
    """"stand-off" as the parser splits it: "off" with "stand" before it."""
    return noun.lower_ == "off" and any(c.lower_ == "stand" for c in noun.lefts)
