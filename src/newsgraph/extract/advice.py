"""Advice to a kind of actor, read as a request: "Operators really need to start using this tool,"
said a vendor's spokesman; "banks need to consider protection", "civilian officers should act as eyes
and ears". A speaker saying what any member of a class ought to do (a bare plural: "operators",
"banks", "judges") asks nobody in particular: a sales pitch, a market view or a proposal for a role,
not PLOVER's REQUEST of an actor. A request of a people ("Greeks must understand"), of a named body
("the FSA should change"), of a named actor's members ("Lufthansa pilots must accept"), of some of a
group ("some Pakistanis should integrate"), of a body asked by the name of its kind ("ministers should
prepare", "police should make sure") or of an addressee resolved to an actor is left alone, and so
is a judgement of what a class did ("immigration officers should have treated all passengers alike": the
officers of the story, faulted).
Called by gate.gated after every construction has spoken."""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .mood import any_one

OBLIGATION = words("obligation_triggers")
# bodies asked to act by the name of their kind ("ministers should", "police should"; judge.yaml)
BODIES = frozenset(words("addressed_bodies"))
# "all banks should", "every operator must": any member of the class
ALL = words("advice_all")


def advice_to_a_kind(event: Event, trigger, addressee, resolved: bool) -> bool:
    """A REQUEST by a word of obligation whose addressee (`addressee`: the last word of the object's
    phrase, or None) is any member of a class of actors, not a people nor a governing body; `resolved`:
    the object is a named actor, not an unnamed collective."""
    if event.type != "REQUEST" or trigger is None or addressee is None or resolved:
        return False
    if addressee.lemma_.lower() in BODIES or addressee.lower_ in BODIES:
        return False
    verb = trigger.head if trigger.dep_ == "aux" else trigger
    if any(a.dep_ == "aux" and a.lemma_.lower() == "have" for a in verb.children):
        return False    # "should have treated": what they did, judged
    if trigger.lower_ not in OBLIGATION and trigger.lemma_.lower() not in OBLIGATION:
        return False
    if addressee.tag_ != "NNS" or addressee.ent_type_ or any(
            c.ent_type_ for c in addressee.children if c.dep_ in ("amod", "compound")):
        return False    # a people ("Greeks", "Greek workers") or a named actor's members ("Lufthansa pilots")
    return any_one(addressee) or any(c.dep_ in ("det", "predet") and c.lower_ in ALL for c in addressee.children)
