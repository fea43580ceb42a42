"""Promises of a policy.

PLOVER AGREE covers a promise to cooperate ("donors promised to give $2bn to the flood victims": a
future AID) and one made to someone ("promised the archbishop to strengthen the bill"). A campaign pledge
or a government's promise of its own policy, made to no one ("vowed to cut taxes", "has promised to
halve the deficit"), agrees nothing with anyone: it is not an event; nor is one whose only other side
owns a thing the act is done to ("pledged to clamp down on Britain's compensation culture"). (Lets stay concessions: PLOVER's
CONCEDE includes easing a restriction, "allowed oil drilling in the delta".)
Called by the sense judge (extract/sense.py).
"""
from __future__ import annotations

from ..wordlists import words
from .entity_lookup import ACTOR_LABELS
from .frames import frame_for_verb
from .lexicon import lexicon
from .quantities import is_people

PROMISING = words("promising_verbs")
# what a promise may promise and still be an agreement: cooperation to come (PLOVER AGREE)
COOPERATION = frozenset({"AID", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE", "CONSULT", "AGREE"})


def pledge(c) -> bool:
    """A promise made to no one whose promised act is no cooperation: "vowed to scrap tuition fees",
    "has promised to halve the deficit" (not "promised to give aid", nor "promised her ...")."""
    if c.type != "AGREE" or c.trigger.pos_ != "VERB" or c.trigger.lemma_.lower() not in PROMISING:
        return False
    if c.object is not None and not owner_only(c):
        return False
    if c.subject_tok is not None and c.subject_tok.ent_type_ == "GPE":
        return False   # a state's pledge stands alone: "Britain pledged to pay half of Kenya's debt"
    act = promised_act(c.trigger)
    if act is None or promised_to_someone(act):
        return False
    # the cooperation may be the aim of the promised act: "pledged to work towards lifting the ban"
    return not any(t.pos_ == "VERB" and cooperation(t) for t in act.subtree)


def owner_only(c) -> bool:
    """The promise's other side is only the owner of a thing the promised act is done to: "pledged to
    clamp down on Britain's compensation culture" is promised to no one, least of all Britain."""
    thing, act = c.object_tok, promised_act(c.trigger)
    return thing is not None and act is not None and thing.pos_ == "NOUN" and thing.ent_type_ not in ACTOR_LABELS \
        and not is_people(thing) and any(x.dep_ == "poss" for x in thing.children) \
        and any(t.i == thing.i for t in act.subtree)


def cooperation(verb) -> bool:
    """The verb states cooperation in the lexicon ("give", "lift" a ban, "help")."""
    frame, _ = frame_for_verb(verb, lexicon())
    return frame is not None and frame.type in COOPERATION


def promised_to_someone(act) -> bool:
    """The promised act has someone it is done to or for: "promised to repay its debt to the IMF"."""
    done_to = [x for x in act.children if x.dep_ in ("dobj", "dative")]
    done_to += [o for p in act.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "with")
                for o in p.children if o.dep_ == "pobj"]
    return any(t.ent_type_ in ACTOR_LABELS or is_people(t) for t in done_to)


def promised_act(verb):
    """The verb of what is promised: "vowed to cut taxes" -> cut, "pledged that it would cut" -> cut."""
    return next((x for x in verb.children if x.dep_ in ("xcomp", "ccomp") and x.pos_ in ("VERB", "AUX")), None)
