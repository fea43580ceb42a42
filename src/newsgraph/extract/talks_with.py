"""Talks held "with" a side that the clause, not the talks noun, names: "Discussions have begun
with Indonesia", "negotiations were taking place with US officials", "talks will be held with the
rebels". The parser hangs the "with" on the verb the noun is the subject of; the side is the
noun's own (PLOVER CONSULT). Its host often goes unsaid (the story's own government), and talks
with a named side are news without it; talks told in a phrase of time or place of a clause are
hosted by the clause's subject ("At a meeting with Mitchell, LaRue agreed")."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .frames import Candidate

# verbs that say talks happen, begin, go on or end, and carry the talks' "with" for them
HAPPENING = words("talks_course_verbs")


def partner_of(c: Candidate):
    """The pobj of a "with" on the verb a talks noun is the subject of, or None."""
    noun = c.trigger
    if c.type != "CONSULT" or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in HAPPENING:
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj"), None)


def talks_partners(candidates: list[Candidate], res: KnownActors) -> None:
    """Talks with no side named take the side their clause holds them "with" (resolved to an actor);
    talks with a side take their owner ("his talks with X") or, told in a phrase of the clause, the
    clause's subject as their host."""
    for c in candidates:
        if c.subject is None and c.object is None:
            tok = partner_of(c)
            key = res.entity_at(tok.i) if tok is not None else None
            if key is not None:
                c.object, c.object_tok = key, tok
        if c.subject is None and c.object is not None and c.type == "CONSULT":
            host = talks_owner(c.trigger) or clause_host(c.trigger)
            key = res.entity_at(host.i) if host is not None else None
            if key is not None and key != c.object:
                c.subject, c.subject_tok = key, host


def talks_owner(noun):
    """The owner of the talks noun ("his final talks with Mr Thorpe": his), or None."""
    return next((t for t in noun.children if t.dep_ == "poss"), None) if noun.pos_ == "NOUN" else None


def clause_host(noun):
    """The subject of the clause whose phrase of time holds the talks: "Ahead of talks with the LSE,
    Euronext said ..." (Euronext), "In talks with the unions, the minister offered ..." (the
    minister), "At a meeting with Mitchell, LaRue agreed ..." (LaRue). Not talks with an owner of
    their own ("during his talks with X": his), nor a phrase on a noun."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or any(c.dep_ == "poss" for c in noun.children):
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in HOSTED_IN:
        return None
    head = prep.head
    if head.pos_ == "ADV" and head.dep_ == "advmod":   # "ahead of", "shortly before"
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    return next((t for t in head.children if t.dep_ == "nsubj"), None)


def held_with(c: Candidate) -> bool:
    """Talks held with a named side, their host unsaid: news by themselves (extract/keep.py): the side
    is the "with" of the talks noun ("talks with Iran broke down") or of its clause."""
    tok = c.object_tok
    if c.type != "CONSULT" or c.trigger.pos_ != "NOUN" or c.subject is not None or c.object is None or tok is None:
        return False
    if (partner := partner_of(c)) is not None and partner.i == tok.i:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i == c.trigger.i and held(c.trigger)


def held(noun) -> bool:
    """Talks said to take place: the subject of a verb of their course ("talks with Iran broke down") or
    in a phrase of time or place ("in talks with unions", "at a meeting with Mitchell", "within hours of
    his talks with X"); not talks sought, refused, cut off or planned ("sought consultation with",
    "cut off talks with", "plans for talks with"), which their verb or noun tells."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HAPPENING
    return noun.dep_ == "pobj" and noun.head.lower_ in HELD_IN


# prepositions of a phrase of time that holds talks the clause's subject took part in
HOSTED_IN = words("talks_with_hosted_in")
# prepositions of a phrase of time or place that holds talks that took place
HELD_IN = words("talks_with_held_in")
