"""Event nouns the parser read as the subject of the participle that makes them: in "fraud charges
levelled against him are politically motivated" or "corruption charges laid against the governor were
dropped" it takes "levelled" for the clause's verb and "charges" for its doer. A noun that is an event
only under a light verb (nouns.yaml `light_only`) cannot itself do the act of its own light verb or
collocation verb ("level charge"), so the verb, with no auxiliary and no object of its own, is the
reduced relative that makes the noun: the noun is the event, the one after the verb's preposition its
other side, a "by" phrase its doer ("charges levelled by prosecutors against him")."""
from __future__ import annotations

from collections.abc import Iterator

from .actors import KnownActors
from .arguments import actors_of
from .frames import Candidate
from .noun_frames import noun_frame

OWN_ARGUMENTS = frozenset({"aux", "auxpass", "dobj", "nsubjpass", "dative"})


def made_noun(verb, lex):
    """The light-only event noun `verb` was misread as having for subject, or None."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in OWN_ARGUMENTS for c in verb.children):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    frame = noun_frame(noun, lex) if noun is not None else None
    if frame is None or not frame.light_only:
        return None
    lemma = verb.lemma_.lower()
    return noun if lemma in lex.light_verbs or f"{lemma} {noun.lemma_.lower()}" in lex.verbs else None


def misread_participle_events(verb, res: KnownActors, lex) -> Iterator[Candidate]:
    """The event of the noun a misread participle makes ("charges levelled against X": an accusation
    of X); nothing for any other verb."""
    noun = made_noun(verb, lex)
    if noun is None:
        return
    frame = noun_frame(noun, lex)
    preps = [p for p in verb.children if p.dep_ in ("prep", "agent")]
    objects = [x for p in preps if p.lower_ in frame.object_preps
               for o in p.children if o.dep_ == "pobj" for x in actors_of(o, res)]
    doers = [x for p in preps if p.lower_ == "by" for o in p.children if o.dep_ == "pobj" for x in actors_of(o, res)]
    for skey, stok in doers or [(None, None)]:
        for okey, otok in objects:
            if okey != skey:
                yield Candidate(frame.type, noun, skey, okey, stok, otok, frame, verb)
