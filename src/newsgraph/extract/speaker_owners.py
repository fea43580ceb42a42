"""Whose thing a reported stance is on when a pronoun owns it: the speaker's ("Germany said France had
turned down its proposal", "Clarke said the police backed his measures", "The union rejected its pay
offer, Ford said"). In a clause reported by a speaker, a possessive pronoun that fits the speaker (a
person for "his"/"her", a body or state for "its" and "their") and owns the plan, offer or statement another takes a
stance on stands for the speaker: one does not back, reject or accept one's own offer, so the clause's own
subject is not the owner, and the speaker is the actor the clause is told about.

A stance that has its other side keeps it; "its own", a thing that is a person ("his lawyers") and a
speaker of the wrong kind for the pronoun give nothing.
"""
from __future__ import annotations

from ..resolve import pronoun_fit
from ..wordlists import words
from .actors import KnownActors
from .antecedents import SAID_THINGS
from .arguments import VERBAL
from .entity_lookup import entity_type, named_other
from .frames import TURNED_DOWN, Candidate
from .statements import speaker_of
from .thing_makers import ACTS, DOCUMENTS, STANCES, stance_things

# things a stance is on whose owner made them: plans, offers, statements, documents, decisions
OWNED_THINGS = ACTS | DOCUMENTS | TURNED_DOWN | SAID_THINGS
# the possessive pronouns read here; which speakers each fits is resolve/pronoun_fit's to say
PERSONAL = words("speaker_owners_personal")
IMPERSONAL = words("impersonal_possessives")  # "their": a body or state, or people of one


def speaker_owned_sides(candidates: list[Candidate], res: KnownActors, attributor) -> None:
    """Give a reported stance with no other side, on a thing a pronoun owns, the speaker who fits it."""
    for c in candidates:
        if c.type not in STANCES or c.object is not None or c.subject is None:
            continue
        pronoun = next((p for thing in stance_things(c) if owned_thing(thing)
                        for p in thing.children if p.dep_ == "poss" and p.lower_ in PERSONAL | IMPERSONAL), None)
        if pronoun is None:
            continue
        found = reporting_speaker(c.trigger, res, attributor)
        if found is None or found[0] == c.subject or not named_other(found[0]) \
                or not pronoun_fit.fits(pronoun.lower_, entity_type(found[0], res)):
            continue
        c.object, c.object_tok = found


def owned_thing(thing) -> bool:
    return (thing.lemma_.lower() in OWNED_THINGS or thing.lower_ in OWNED_THINGS) \
        and not any(a.lower_ == "own" for a in thing.children)


def reporting_speaker(trigger, res: KnownActors, attributor) -> tuple[str, object] | None:
    """The speaker of the nearest reporting verb whose reported clause holds the trigger."""
    reporting = attributor.lex.reporting
    tok = trigger
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ == "ccomp" and head.pos_ in VERBAL and head.lemma_.lower() in reporting:
            return speaker_of(head, res, attributor)
        if tok.dep_ not in ("conj", "xcomp"):
            return None   # a clause told otherwise than by reporting ("after France rejected its offer")
        tok = head
    return None
