"""An inquiry into a mishap accuses no one: "police are investigating the fire", "the crash is under
investigation by the state patrol", "an investigation into how he was able to commit suicide". PLOVER ACCUSE is
an investigation of an actor (or of a crime, whose doer is unnamed); a fire, a crash or a suicide has no doer
the looking blames, unless the sentence tells a crime suspected ("a suspicious fire", "investigating it as
arson"). The one an inquiry is into, named as an actor, keeps it an event. Called by everyday_acts.py."""
from __future__ import annotations

from ..wordlists import words
from .sense_words import NATURAL_HAZARDS

INCIDENTS = words("probed_incidents") | NATURAL_HAZARDS
SUSPICIONS = words("probed_suspicions")
PROBES = words("investigating_verbs") | words("investigation_nouns")
# the verbs of being, or being put, "under investigation" (the list allegations.py reads)
UNDER_VERBS = words("allegations_under_verbs")


def incident_probed(c) -> bool:
    """An ACCUSE of no one whose trigger is an investigation of a mishap (see the module)."""
    trigger = c.trigger
    if c.type != "ACCUSE" or c.object is not None or trigger.lemma_.lower() not in PROBES:
        return False
    if any(t.lemma_.lower() in SUSPICIONS or t.lower_ in SUSPICIONS for t in trigger.sent):
        return False
    probed = probed_things(trigger)
    return bool(probed) and all(incident(t) for t in probed)


def probed_things(trigger) -> list:
    """What the investigation is of: the verb's object or passive subject, the noun's "into"/"of" phrase (a
    clause under "into how ..." by its words), or the subject of "is under investigation"."""
    things = [x for x in trigger.children if x.dep_ in ("dobj", "nsubjpass")]
    preps = list(trigger.children)
    if trigger.dep_ == "dobj":
        preps += [p for p in trigger.head.children if p.lower_ == "into"]   # "opened an inquiry into how ..."
    for p in preps:
        if p.dep_ == "prep" and p.lower_ in ("into", "of"):
            things += [x for x in p.children if x.dep_ in ("pobj", "pcomp")]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under":
        verb = trigger.head.head
        while not any(x.dep_ in ("nsubj", "nsubjpass") for x in verb.children) and verb.dep_ == "conj" \
                and verb.head.i != verb.i:
            verb = verb.head      # "the fire was reported at 3am and is under investigation"
        if verb.lemma_.lower() in UNDER_VERBS or verb.pos_ == "VERB":
            things += [x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")]
    return things + [y for x in things for y in x.conjuncts]


def incident(tok) -> bool:
    """A mishap noun ("the fire", "a bomb scare"), or a clause that tells one ("how he was able to commit
    suicide")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.lemma_.lower() in INCIDENTS
    return tok.pos_ in ("VERB", "AUX") and any(t.pos_ == "NOUN" and t.lemma_.lower() in INCIDENTS for t in tok.subtree)
