"""The body a person speaks or acts for, as an antecedent: "A spokesman for Greenpeace said it would
sue", "Officials at the World Bank said it would suspend loans", "a lawyer for the club said it would
appeal". The person noun is no actor of its own, so "it" would find nothing to refer to; what "it"
means is the body the phrase names (as "a Greenpeace spokesman said it" already gives Greenpeace).

Only a person noun (data/lexicon/words/resolve.yaml speaking_members) with a prepositional phrase of
its own (speaking_member_preps) whose object is a resolved body (not a person or a place: "a lawyer
for Mr Smith", "officials in Kenya" are another matter). The antecedent's number is the body's, so
that "it" may take "officials at the World Bank".
"""
from __future__ import annotations

from ..wordlists import words
from .resolution import ResolutionDraft

SPEAKING_MEMBERS = words("speaking_members")
MEMBER_PREPS = words("speaking_member_preps")


def body_object(tok):
    """The object token of the body phrase of a speaking member noun `tok`, or None."""
    if tok.pos_ != "NOUN" or tok.lower_ not in SPEAKING_MEMBERS:
        return None
    return next(iter(body_phrases(tok, MEMBER_PREPS)), None)


def body_phrases(tok, preps) -> list:
    """The objects of the prepositions `preps` after `tok`, in order: where a person noun names the
    body it belongs to ("a spokesman for Unison", "the head of Amnesty"); extract/spoken_for.py reads
    the same phrases for the body a doer acts for."""
    return [o for p in tok.rights if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def spoken_for_key(tok, res: ResolutionDraft, bodies: frozenset[str] | set[str]) -> str | None:
    """The body the person noun `tok` speaks for, when its phrase names one of the entity types `bodies`."""
    obj = body_object(tok)
    if obj is None:
        return None
    key = res.actor_at(obj.i)
    ent = res.entities.get(key) if key else None
    return key if ent is not None and ent.type in bodies else None


def member_of_object(tok):
    """The speaking member noun whose body phrase has `tok` as its object ("the group" in "a
    spokesman for the group"), or None: resolving the body later refreshes that antecedent."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    member = tok.head.head
    body = body_object(member)
    return member if body is not None and body.i == tok.i else None
