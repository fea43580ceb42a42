"""Who acts in an infinitive that an object controls: "urged Egypt to move" (Egypt moves), "called
on Israel to stop" (Israel stops), and a second infinitive with its own controller after "and":
"called on Israel to stop X and on Hamas to free Y" (Hamas frees), "urged Serbia to A and Kosovo
to B" (Kosovo does B)."""
from __future__ import annotations

from ..wordlists import words
from .warned_acts import WARNING_OFF

OBJECT_CONTROL = words("object_control")
# verbs whose controller is the object of a preposition: "called on X to", "appealed to X to",
# "pleaded with X to"
NAMED_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
PREP_CONTROL = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",), "prevail": ("on", "upon")}


def object_controller(infinitive):
    """The object of the verb `infinitive` is the complement of that controls it, or None. A clause with
    a subject of its own is controlled by nobody ("Pratt was shot, witnesses told police": not the police)."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in infinitive.children):
        return None
    head = infinitive.head
    lemma = head.lemma_.lower()
    if lemma in OBJECT_CONTROL or lemma in WARNING_OFF:   # "warned Turkey not to send ships": Turkey
        for c in head.children:
            if c.dep_ in ("dobj", "dative"):
                return c
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in PREP_CONTROL.get(lemma, ()) and c.i < infinitive.i:
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def second_controllee(verb):
    """The subject of a second controlled infinitive the parser hung on the first as a clause of
    purpose: the noun (or the object of a preposition) joined by "and" just before its "to",
    when the first infinitive is controlled by an object too. None otherwise."""
    first = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or first.dep_ != "xcomp" or first.i > verb.i:
        return None
    start = min(t.i for t in verb.subtree)
    doc = verb.doc
    if doc[start].lower_ != "to" or start < 2 or object_controller(first) is None:
        return None
    noun = doc[start - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    joined = noun if noun.dep_ == "conj" else noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "conj" else None
    if joined is None or not (first.i < joined.head.i < joined.i or joined.head.i == first.i):
        return None
    if not any(t.lower_ == "and" and t.dep_ == "cc" for t in doc[first.i:joined.i]):
        return None
    if joined is noun and noun.ent_type_ not in NAMED_ACTOR_LABELS:
        return None   # "to stop raids on homes and schools to ...": a purpose clause after a plain noun
    return noun


def infinitive_clause_controller(verb):
    """Who acts in a "to" infinitive the parser took for a clause of purpose: a second controlled
    infinitive ("and on Hamas to free Y"), or one after a verb whose controller is the object of a
    preposition ("appealed to Moscow to release him"), or the name a headline's infinitive hangs on
    ("Vodrex to buy Talmor": Vodrex). None otherwise."""
    if (named := headline_doer(verb)) is not None:
        return named
    if verb.dep_ != "advcl" or verb.tag_ != "VB":
        return None
    second = second_controllee(verb)
    if second is not None or verb.head.lemma_.lower() not in PREP_CONTROL:
        return second
    return object_controller(verb)


def headline_infinitive(verb) -> bool:
    """A headline's "to" infinitive ("Vodrex to buy Talmor", "Blair to visit China"): news headlines state
    what a named side is to do with no finite verb, the infinitive the sentence's root or hung on a name
    that is. Its act is planned, not done (extract/attribution.py)."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "ROOT"
                                    and verb.head.pos_ == "PROPN"):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent)


def headline_doer(verb):
    """The name a headline's infinitive hangs on ("Vodrex to buy Talmor": Vodrex), or None."""
    return verb.head if verb.dep_ != "ROOT" and headline_infinitive(verb) else None
