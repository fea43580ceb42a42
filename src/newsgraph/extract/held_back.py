"""Actors kept from acting by another (PLOVER COERCE, restrict movement or block): "police prevented
journalists from entering the court", "the junta stopped opposition leaders from leaving the country",
"protesters were blocked from reaching parliament by riot police". The one stopping is the subject
(or the passive's "by" phrase); the one held back the object, which must be an actor: "stopped the
economy from overheating" and "prevent that from happening" hold back no one. The verbs are data:
data/lexicon/words/held_back.yaml."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actors_of, is_passive, subject_token
from .frames import Candidate
from .lexicon import Frame

HOLDING_BACK = words("holding_back_verbs")
FRAME = Frame(type="COERCE")


def gerund_from(verb):
    """The "from" + gerund that says what `verb` keeps its object from doing, or None."""
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def held_back_events(verb, res: KnownActors) -> Iterator[Candidate]:
    """Events of a verb of holding back ("prevented X from entering"); none for any other verb."""
    if verb.lemma_.lower() not in HOLDING_BACK or gerund_from(verb) is None:
        return
    if verb.dep_ in ("acl", "relcl") or verb.dep_ != "ROOT" and any(c.dep_ == "expl" for c in verb.head.children):
        return   # what a thing is for, not an act: "there is nothing in the rules to prevent him from attending"
    if is_passive(verb):
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        # the parser often hangs the "by" phrase on the gerund: "prevented from reaching parliament by police"
        doers = [p for h in (verb, gerund_from(verb)) for a in h.children if a.dep_ in ("agent", "prep")
                 and a.lower_ == "by" for p in a.children if p.dep_ == "pobj"]
    else:
        held = [c for c in verb.children if c.dep_ == "dobj"]
        subj = subject_token(verb)
        doers = [subj] if subj is not None else []
    objects = [x for h in held for x in actors_of(h, res)]
    subjects = [x for d in doers for x in actors_of(d, res)] or [(None, doers[0] if doers else None)]
    for skey, stok in subjects:
        for okey, otok in objects:
            if okey != skey:
                yield Candidate(FRAME.type, verb, skey, okey, stok, otok, FRAME, verb)
