"""Custody stated as a state of the one held: "X is under arrest", "X remains in custody", "X is in prison", "the men
are still behind bars", "X is in Israeli custody", and the holder's "police have X in custody".

PLOVER COERCE (mode arrest) covers detention as well as the arrest that starts it; news often
gives only the state, with the one held as the subject of "be" or "remain". The holder is the
actor when the phrase names one ("in police custody", "in Israeli custody", "in the custody of the
FBI", "police have X in custody"); otherwise the event has no actor, as "three men were detained".
Not custody in family law ("in the custody of his mother"), nor a state only supposed ("if he is in
custody"). Protective custody stays COERCE: PLOVER codes the act, a state taking people into its
hands, not its motive (on the bench: 400 women and children taken from a sect's compound in a raid).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..resolve.participants import COLLECTIVE_TYPE
from ..wordlists import table, words
from .arguments import (
    MEMBER_NOUNS,
    VERBAL,
    actor_of,
    entity_of_token,
    entity_type,
    generic_actor,
    is_passive,
    sides_of,
)
from .entity_lookup import unnamed
from .frames import Candidate
from .noun_frames import TIME_LABELS
from .noun_phrases import prep_objects
from .quantities import is_people
from .sense_words import lemma_in

# the verbs of being somewhere: "is", "remains", "stayed", "languishes"
CUSTODY_VERBS = words("custody_state_verbs")
# the verbs of keeping someone, custody when a state's force or an armed group keeps people ("was held
# for three days by the secret police"), not when a thing is kept ("the meeting was held by the ministry")
KEEPING = words("custody_keeping")
# the preposition and noun of custody: {in: [custody, detention], under: [arrest], behind: [bars]}
CUSTODY_PHRASES = {prep: frozenset(nouns) for prep, nouns in table("custody_state_phrases").items()}
# who can be held: people and groups of them, not things or states
HELD = frozenset({"PERSON", "ARMED_GROUP", "OTHER", "MILITARY", "ORGANIZATION"})
# who holds in the repressive sense: states, their forces and officials; a person holding a
# child is family law ("in the custody of his mother")
HOLDERS = frozenset({"COUNTRY", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "LOCATION"})
# a state only supposed or asked about: "if he is in custody", "whether they remain in detention"
SUPPOSED = words("supposing_conjunctions")
PROSPECT = words("hedging_modals")


def custody_noun(verb):
    """The custody noun of the verb's "in custody", "under arrest", "behind bars", or None; also on the
    time spent ("served nine years in prison": the parser may hang the phrase on "years")."""
    spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in TIME_LABELS]
    for prep in (p for h in (verb, *spans) for p in h.children):
        nouns = CUSTODY_PHRASES.get(prep.lower_) if prep.dep_ == "prep" else None
        for p in prep.children if nouns else ():
            if p.dep_ == "pobj" and p.lemma_.lower() in nouns:
                return p
    return None


def holder(noun, res) -> tuple[str | None, object]:
    """Who holds, as the custody phrase names it: "in police custody", "in Israeli custody", "in
    the custody of the FBI". ("family", None) for a person's custody: family law, no event."""
    for m in noun.children:
        if m.dep_ in ("amod", "compound", "poss", "nmod"):
            key = entity_of_token(m, res) or generic_actor(m, res)
            if key and entity_type(key, res) in HOLDERS:
                return key, m
            if key and m.dep_ == "poss":
                return "family", None    # "in his mother's custody"
    for p in prep_objects(noun, "of"):
        key = actor_of(p, res) or generic_actor(p, res)
        if key and entity_type(key, res) in HOLDERS or unnamed(key) and \
                entity_type(key, res) == "MILITARY":
            return key, p
        return "family", None    # "in the custody of his mother", of a relative or a foster home
    return None, None


def held_one(verb, depth: int = 0):
    """The one in custody: the subject of "is in custody", of the clause it is joined to ("was
    charged and will remain in custody"), or of the passive that governs "to remain in custody"
    ("was ordered to remain in custody": not the magistrate who ordered)."""
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None or depth > 2 or verb.head.i == verb.i:
        return own
    head = verb.head
    if verb.dep_ == "ccomp" and head.pos_ in VERBAL:
        # "confirmed its chairman and two directors were in custody": the parser makes the one held
        # the object of the reporting verb, and leaves the reported clause without a subject
        told = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if told is not None:
            return told
    if verb.dep_ == "xcomp" and head.pos_ in VERBAL and is_passive(head):
        return next((c for c in head.children if c.dep_ == "nsubjpass"), None) or (
            held_one(head, depth + 1) if head.dep_ == "conj" else None)
    if verb.dep_ in ("xcomp", "conj") and head.pos_ in VERBAL:   # "is expected to remain", "was charged and will remain"
        return held_one(head, depth + 1)
    return None


def kept_by(verb, res) -> tuple[str | None, object]:
    """Who keeps the one held in custody, as a "by" phrase on the custody verb or on the passive
    that governs it names: "was ordered to remain in custody by an Athens magistrate", "is being
    kept in custody by police"."""
    heads = [verb] + ([verb.head] if verb.dep_ == "xcomp" and verb.head.pos_ in VERBAL and is_passive(verb.head) else [])
    for by in (p for h in heads for p in h.children if p.dep_ in ("agent", "prep") and p.lower_ == "by"):
        for o in (x for x in by.children if x.dep_ == "pobj"):
            key = actor_of(o, res) or generic_actor(o, res)
            if key and (entity_type(key, res) in HOLDERS or COLLECTIVE_TYPE.get(o.lemma_.lower()) in HOLDERS):
                return key, o    # "police", "an Athens magistrate": one who holds for the state
    return None, None


def supposed(verb) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in SUPPOSED for c in verb.children) or any(
        c.dep_ == "aux" and c.lower_ in PROSPECT for c in verb.children)


def custody_events(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"Two gang members are under arrest", "LaSalle is in custody", "the men are still behind
    bars", "the shooter is in police custody" (the police hold him), "police have the suspect in
    custody": COERCE of the one held, named or described in the clause, or a pronoun resolved to a
    person ("he remains in custody")."""
    frame = lex.nouns.get("detention")
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        if frame is not None and lemma in KEEPING and verb.i not in used:
            yield from held_by_holder(verb, res, frame)
        if frame is None or lemma not in CUSTODY_VERBS | {"have"}:
            continue
        noun = custody_noun(verb)
        if noun is None or noun.i in used or supposed(verb):
            continue
        hkey, htok = holder(noun, res)
        if hkey == "family":
            continue
        if hkey is None:
            hkey, htok = kept_by(verb, res)
        if lemma == "have":   # "police have the suspect in custody": the subject holds the object
            held = next((c for c in verb.children if c.dep_ == "dobj"), None)
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            okey = (actor_of(owner, res) or generic_actor(owner, res)) if owner is not None else None
            if held is None or okey is None or entity_type(okey, res) not in HOLDERS:
                continue
            hkey, htok = okey, owner
        else:
            held = held_one(verb)
        if held is None:
            continue
        for key, tok in sides_of(held, res):
            kind = entity_type(key, res) if key is not None else None
            if key is None or key == hkey or kind == "LOCATION" or not (
                    kind in HELD or is_people(held) or lemma_in(held, MEMBER_NOUNS)) or held.pos_ == "PRON" and kind != "PERSON":
                continue    # people, or members for their body ("Reuters journalists"); a pronoun only for a person
            used.add(noun.i)
            yield Candidate("COERCE", noun, hkey, key, htok, tok, frame, verb)


def held_by_holder(verb, res, frame) -> Iterator[Candidate]:
    """"The editor was held for three days by the secret police", "the hostages are being held by
    the militants": people kept, in the passive, by a force or armed group its "by" phrase names."""
    if not is_passive(verb) or custody_noun(verb) is not None:
        return      # "held in custody by": custody_events reads the phrase itself
    hkey, htok = kept_by(verb, res)
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if hkey is None or held is None:
        return
    for key, tok in sides_of(held, res):
        kind = entity_type(key, res) if key is not None else None
        if key is not None and key != hkey and kind in HELD and kind != "LOCATION" and (
                held.pos_ != "PRON" or kind == "PERSON"):
            yield Candidate("COERCE", verb, hkey, key, htok, tok, frame, verb)
