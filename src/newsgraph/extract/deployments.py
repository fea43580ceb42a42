"""The other side of a deployment (PLOVER MOBILIZE): whoever receives the forces, named by where they go
("sent 500 troops to Sierra Leone", "troops were deployed in Darfur by the AU", "British troops stationed
in Iraq"), never the forces moved, which are the means. Every form agrees: the active verb, the passive
and the participle after the forces. A place in another state than the sender's stands for that state
("Nigeria sent troops to Darfur": Sudan receives them); a place of the sender's own ("sent troops to the
northern province") stays the side, as a place attacked or closed does (event_steps.PLACE_TARGETS), but
forces deployed *in* a place of their own or of no known state are where they are, aimed at no one
("troops deployed in the town of X"). Forces sent with no doer named ("British troops deployed in
Iraq") are their own state's: they act.
Not every deployment is MOBILIZE: forces kept where they stand ("British forces are stationed in
Basra", "a frigate currently deployed on patrols") move nothing. Forces deployed for relief work with
no one named ("deployed to lead rescue efforts") stay a deployment with no receiver (the development
set's held-out parts score them so); forces sent to help someone are the help (deployed_to_help)."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type
from .construction_types import DESTINATIONS, deployed_to_help
from .frames import Candidate
from .voice import is_passive

# where forces go or stand: "to", "into", "towards" (construction_types.DESTINATIONS), "in", "near",
# "along", "against" ("deployed soldiers in Mali", "massed troops along the border", "sent troops
# against Boko Haram")
WHERE_SENT = DESTINATIONS | frozenset({"in", "near", "along", "against"})
# a state's edge: forces sent "to the Syrian border" stand on the sender's side of it and are sent to
# no one ("sent reinforcements to the border with Syria")
EDGES = words("deployments_edges")
# the states and bodies forces are sent to help or to fight; an office or a person receives none
RECEIVERS = frozenset({"COUNTRY", "GOVERNMENT", "MILITARY", "ORGANIZATION", "ARMED_GROUP", "LOCATION"})
# where forces stand rather than go: a place there is the receiver only when it stands for a state
WHERE_STOOD = words("deployments_where_stood")
# verbs of keeping forces where they are: in the passive or a participle ("troops stationed in Germany")
# the forces stand, and no one moves them; the active ("stationed troops in Poland") is a deployment
STANDING_VERBS = words("standing_verbs")
# adverbs that make a deployment a standing state ("currently deployed on anti-piracy patrols")
STANDING_ADVERBS = words("standing_adverbs")


def settle_deployment(c: Candidate, res: KnownActors, gaz) -> None:
    """Set a deployment's sides in place: the forces' own state acts when no one else is named, the
    receiver named by where the forces go is the other side (none when no receiver is named), and a
    place abroad stands for its state."""
    if c.type != "MOBILIZE":
        return
    forces = moved_forces(c)
    if forces is not None and not (forces.pos_ == "PROPN" and entity_type(c.object, res) == "COUNTRY"):
        # a state named as the object is no force moved but the receiver ("reinforced Lithuania")
        key, tok = receiver(c, forces, res)
        state_forces = c.object is not None and entity_type(c.object, res) in ("MILITARY", "GOVERNMENT")
        if key is None and c.subject is None and not state_forces and c.trigger.dep_ == "acl":
            return   # "INS Sukanya, deployed on patrols": the ship, its only side, stays as it was read
        if c.subject is None and state_forces:
            c.subject, c.subject_tok = c.object, forces   # "British troops deployed in Iraq": the British forces
        c.object = None
        if key is not None and key != c.subject and not (tok.head.lower_ in WHERE_STOOD and stood_at_home(
                key, c.subject, res, gaz)):
            c.object, c.object_tok = key, tok
    if c.object is not None:
        c.object = host_state(c.object, c.subject, res, gaz)


def moved_forces(c: Candidate):
    """The forces a deployment moves, when the candidate's object is them: the verb's object or passive
    subject ("deployed troops", "troops were sent") or a conjunct of them, or the noun a participle tells of ("troops
    deployed in Iraq"); None when the object is already whom they are sent to."""
    tok, trigger = c.object_tok, c.trigger
    if tok is None:
        return None
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head   # "police and troops were deployed": the troops too
    if first.head.i == trigger.i and first.dep_ in ("dobj", "nsubjpass"):
        return tok
    return tok if trigger.dep_ == "acl" and trigger.head.i == tok.i else None


def receiver(c: Candidate, forces, res: KnownActors) -> tuple[str | None, object]:
    """Whom the forces are sent to: the object of a preposition of place on the verb or on the forces
    (the parser hangs "to Iraq" on either, or makes it a dative)."""
    for head in (c.trigger, forces):
        for prep in head.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in WHERE_SENT:
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() not in EDGES):
                key = actor_of(pobj, res)
                if key is not None and entity_type(key, res) in RECEIVERS:
                    return key, pobj
    return None, None


def host_state(place: str, sender: str | None, res: KnownActors, gaz) -> str:
    """A place abroad stands for the state it lies in ("Darfur": Sudan); a place of the sender's own
    state, or of no known state, stays itself."""
    ent = res.entities.get(place)
    if ent is None or ent.type != "LOCATION" or not ent.country or gaz is None:
        return place
    state = gaz.actors.get(ent.country)
    own = res.entities.get(sender) if sender else None
    if state is None or state.type != "COUNTRY" or own is None or own.country == ent.country \
            or own.key == state.key:
        return place
    res.add_actor(state)
    return state.key


def stood_at_home(place: str, sender: str | None, res: KnownActors, gaz) -> bool:
    """A place forces are deployed in that stands for no other state: one of the sender's own or of
    no known state ("deployed troops in the town of X", "in Darfur" for Sudan's own army)."""
    return entity_type(place, res) == "LOCATION" and host_state(place, sender, res, gaz) == place


def no_deployment(c: Candidate) -> str | None:
    """Why a MOBILIZE candidate deploys no forces, or None: forces sent to help someone
    (construction_types.deployed_to_help; the help is the event) or kept where they stand."""
    if deployed_to_help(c):
        return "deployed to help"
    return "standing forces" if standing_forces(c) else None


def standing_forces(c: Candidate) -> bool:
    """Forces kept where they are, not moved: a standing verb in the passive or as a participle
    ("British forces are stationed in Basra", "soldiers stationed overseas"), or a deployment said
    to hold now ("currently deployed on patrols", "already deployed in the Gulf"), with no doer named."""
    verb = c.trigger
    if c.type != "MOBILIZE" or verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return False
    if any(x.dep_ == "agent" for x in verb.children):
        return False   # "stationed there by NATO": someone moved them
    return is_passive(verb) and (verb.lemma_.lower() in STANDING_VERBS or any(
        x.dep_ == "advmod" and x.lower_ in STANDING_ADVERBS for x in verb.children))

