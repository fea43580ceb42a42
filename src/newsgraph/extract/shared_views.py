"""An "agree" that shares a view, not a deal. PLOVER's AGREE is an offer, promise or agreement to
cooperate: an act agreed ("agreed to buy the firm"), a thing agreed ("agreed a settlement"), or a
party or matter agreed with or on ("agreed to the terms", "agreed on a ceasefire", "agreed with the
IMF"). With none of these, "agree" tells a view shared: "the jury agreed", "the two lords agreed about
what happened", "the party agreed spending would rise more slowly". Two sides named together ("Iran and
the EU agreed") agree with each other, and a that-clause of what someone is let or may do ("the court
agreed that the lawyers would be allowed access", "agreed that the monitors could stay") is a decision.
Called by `sense_cooperative.cooperative`."""
from __future__ import annotations

from ..wordlists import words
from .adjuncts import PERSONAL_PRONOUNS
from .quantities import is_people
from .sense_words import lemma_in

# the prepositions that name what or whom an agreement is to, on or with
AGREEMENT_PREPS = words("agreement_prepositions")
# the words of a that-clause that make an agreement a leave given ("would be allowed", "could stay")
LEAVE_WORDS = words("leave_given_words")


def view_shared(trigger) -> bool:
    """A verb "agree" with no act, thing, party or matter agreed: "about" something, or bare or with a
    that-clause of no leave given, when no two sides are its subject."""
    if trigger.lemma_.lower() != "agree" or trigger.pos_ != "VERB" or trigger.dep_ in ("acl", "amod", "relcl"):
        return False
    kids = list(trigger.children)
    if any(x.dep_ in ("xcomp", "dobj", "agent", "dative", "attr", "pcomp") for x in kids):
        return False
    if any(x.dep_ == "prep" and x.lower_ in AGREEMENT_PREPS for x in kids):
        return False
    # a verb joined to one before it shares its subject: "said they would not cut it but agreed spending would rise"
    clause = trigger.head if trigger.dep_ == "conj" and not any(x.dep_ == "nsubj" for x in kids) else trigger
    subjects = [x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    if any(x.dep_ == "prep" and x.lower_ == "about" for x in kids):
        return True         # "the two lords agreed about what happened": a view, whoever shares it
    if any(x.dep_ == "conj" for s in subjects for x in s.children):
        return False        # "Iran and the EU agreed": an accord of the two
    return not any(leave_given(x) for x in kids if x.dep_ == "ccomp")


def leave_given(clause) -> bool:
    """A that-clause of leave ("that the families would be allowed to see", "that the monitors could
    stay") or about what a person or body named will do ("that she would not be minister")."""
    return lemma_in(clause, LEAVE_WORDS) or any(x.dep_ == "aux" and x.lower_ in LEAVE_WORDS for x in clause.children) \
        or any(x.dep_ in ("nsubj", "nsubjpass") and (
            is_people(x) or x.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or x.lower_ in PERSONAL_PRONOUNS)
            for x in clause.children)
