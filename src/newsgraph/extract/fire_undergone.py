"""Violence undergone with its doer unnamed: "the convoy came under fire near Kandahar", "Syrian
troops came under attack", "the town came under heavy shelling" (PLOVER ASSAULT, actor unknown).

clause_links.undergone_events reads the doer from a from/by phrase and criticism.py the critics;
without either, the fire is an attack when what underwent it can be shot at rather than criticised:
troops, armed groups and places, or a vehicle, post or unit of forces; a person, party, firm or
state only under the noun of a weapon ("came under mortar fire"). A reason ("came under fire for
its handling of the crisis", "over the plan") makes it criticism, and no attack is read.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .arguments import actors_of, entity_type
from .clause_links import UNDERGOING_PREPS, passive_subject, undergoer_of, undergone_nouns
from .clause_roles import subject_token
from .frames import Candidate, event_noun, noun_frame
from .noun_frames import TIME_LABELS
from .noun_phrases import doer_preps
from .voice import is_passive

UNDERGOERS = words("fire_undergoers")
WEAPON_FIRE = words("weapon_fire_words")
REASONS = words("criticised_for")
REASONS_BEFORE_NOUNS = words("criticised_after")
FIRE_BRINGERS = words("fire_bringing_verbs")
# who can be shot at by entity type: forces, armed groups, places
SHOT_AT = frozenset({"MILITARY", "ARMED_GROUP", "LOCATION"})


def weapon_named(noun) -> bool:
    """The fire is a weapon's: "shelling", "mortar fire", "heavy machine-gun fire"."""
    return noun.lemma_.lower() in WEAPON_FIRE or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in WEAPON_FIRE for c in noun.children)


def with_reason(verb, noun) -> bool:
    """"for its handling of", "over the plan", "after remarks": the fire is criticism (not "after
    crossing the border", "after dark")."""
    return any(c.dep_ in ("prep", "advcl", "mark") and c.lower_ in REASONS or after_a_deed(c)
               for h in (verb, noun) for c in h.children)


def after_a_deed(prep) -> bool:
    """"after" with a deed, a reason for the fire ("after remarks"); a noun the recogniser takes for a
    time is no reason ("after midnight", "after two days")."""
    return prep.dep_ == "prep" and prep.lower_ in REASONS_BEFORE_NOUNS and any(
        o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in TIME_LABELS for o in prep.children)


def has_doer(verb, noun) -> bool:
    return bool(doer_preps(verb, noun))


def fire_undergone(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"A police convoy came under fire near Kandahar": an attack on the convoy by no one named."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in UNDERGOING_PREPS or verb.lemma_.lower() == "be":
            continue   # "vessels that were under attack": a state, whose doer only a from/by phrase names
        for obj in undergone_nouns(verb):
            noun = event_noun(obj, lex)
            frame = noun_frame(noun, lex) if noun is not None else None
            if frame is None or frame.type != "ASSAULT" or noun.i in used or has_doer(verb, noun) \
                    or with_reason(verb, noun):
                continue
            undergoer = undergoer_of(verb)
            if undergoer is None:
                continue
            sides = actors_of(undergoer, res)
            kinds = {entity_type(k, res) for k, _ in sides}
            shootable = kinds & SHOT_AT or not kinds and undergoer.lemma_.lower() in UNDERGOERS
            if not (shootable or weapon_named(noun) and (sides or undergoer.pos_ != "PRON")):
                continue
            used.update((noun.i, verb.i))
            for key, tok in sides or [(None, undergoer)]:
                yield Candidate("ASSAULT", noun, None, key, None, tok, frame, verb)


def fire_brought(tokens, res, lex, used: set[int]) -> Iterator[Candidate]:
    """"Rebels brought the convoy under heavy fire", "the post was taken under fire by militants": an
    attack by the subject (or "by" agent) on the object (or passive subject). Only with no reason told
    ("brought the minister under fire over the cuts" is criticism) and where the fire is shooting:
    a weapon's fire, an armed side or place hit, or a thing that can be shot at."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in FIRE_BRINGERS or verb.i in used:
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
            noun = next((event_noun(o, lex) for o in prep.children if o.dep_ == "pobj"), None)
            frame = noun_frame(noun, lex) if noun is not None else None
            if frame is None or frame.type != "ASSAULT" or noun.i in used or with_reason(verb, noun):
                continue
            target = passive_subject(verb) if is_passive(verb) else next(
                (c for c in verb.children if c.dep_ == "dobj"), None)
            if target is None:
                continue
            targets = actors_of(target, res)
            kinds = {entity_type(k, res) for k, _ in targets}
            if not (kinds & SHOT_AT or target.lemma_.lower() in UNDERGOERS or weapon_named(noun)):
                continue
            doer = subject_token(verb)
            doers = actors_of(doer, res) if doer is not None else []
            used.update((noun.i, verb.i))
            for skey, stok in doers or [(None, doer)]:
                for okey, otok in targets or [(None, target)]:
                    yield Candidate("ASSAULT", noun, skey, okey, stok, otok, frame, verb)
