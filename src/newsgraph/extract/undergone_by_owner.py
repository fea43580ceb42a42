"""Whether the owner of an act noun is the one the act is done to, not its doer: "the journalist's
killing", "his arrest", "the protesters' detention" (a custody or violence noun whose frame is marked
patient_of, with no "of" phrase naming another patient). Such an owner is no actor of the phrase:
"Kenya condemned the journalist's killing" faults the killers, not the journalist; "police
investigating Stefan's murder" look into the murder, not into Stefan. A state, force, firm or group
before such a noun still acts ("China's detentions", "the cartel's killings"). Which of these owners
a noun event takes as its own patient is extract/undergoing_owners.py's to say."""
from __future__ import annotations

from .entity_lookup import entity_of_token, entity_type
from .lexicon import lexicon
from .noun_frames import noun_frame
from .noun_phrases import possessors

# who undergoes as an owner: a person, or people of a kind or described ("the protesters'")
PEOPLE_TYPES = frozenset({"PERSON", "OTHER"})
# acts done to a place its owner names: "Aleppo's bombardment", "Gaza's blockade", "Homs's shelling" (a town
# or region is no doer of force on itself); a state before them acts ("Israel's bombardment", "Egypt's blockade")
PLACE_ACTS = frozenset({"ASSAULT", "COERCE"})


def undergoing_owner(noun, owner_type: str | None) -> bool:
    """Whether an owner of type `owner_type` before `noun` undergoes the act the noun names: people
    before a noun of an act done to people, a place before one of force."""
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    frame = noun_frame(noun, lexicon()) if owner_type in PEOPLE_TYPES | {"LOCATION"} else None
    if frame is None:
        return False
    return frame.patient_of if owner_type in PEOPLE_TYPES else frame.type in PLACE_ACTS


def undergone_places(noun, frame, res) -> list:
    """The places owning a noun of force that the force is done to ("Aleppo's bombardment by Russian
    jets": Aleppo), which the noun's event takes as its patient."""
    if res is None or frame.type not in PLACE_ACTS:
        return []
    return [o for o in possessors(noun) if entity_type(entity_of_token(o, res), res) == "LOCATION"
            and undergone_by(o, noun, res)]


def undergone_by(owner, noun, res) -> bool:
    """Whether the possessive `owner` of `noun` names one the noun's act is done to ("the journalist's"
    of "killing"), who is then no doer of it."""
    return owner.dep_ == "poss" and undergoing_owner(noun, entity_type(entity_of_token(owner, res), res))
