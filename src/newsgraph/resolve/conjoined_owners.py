"""A possessive on the second of two joined nouns belongs to the first when they agree ("the prime
minister and his chancellor", "Orvia and its lenders", "the boy and his mother"): news joins a
person or body with what is theirs. When the first is owned too, the two share the owner ("stabbed
his ex-wife and his mother", "Reed's record and his age"). Where the first is a person the
resolver could not name, the possessive is left unresolved rather than given to someone met
before (resolve/coref.py)."""
from __future__ import annotations

from .antecedents import type_of
from .clause_subjects import phrase_key
from .framing import PERSON_NOUNS
from .resolution import ResolutionDraft
from .they_pronouns import NON_PERSON_ACTORS

BLOCKED = ""   # the owner is the first noun, which names no actor we know: leave the pronoun open
OFFICE_PREFIX = "office:"


def conjoined_owner(tok, res: ResolutionDraft, sex_of) -> str | None:
    """For a possessive "his"/"her"/"its"/"their" on a noun joined to an earlier one, the key of
    that earlier noun when it agrees with the pronoun, BLOCKED when it agrees but names no actor
    we know (a person by a noun: "the prime minister and his chancellor"), None when no such
    joined noun decides (the caller goes on as before). `sex_of`: a person key -> "F"/"M"/None."""
    low = tok.lower_
    owned = tok.head
    if tok.dep_ != "poss" or owned.dep_ != "conj" or owned.head.i >= tok.i:
        return None
    first = owned.head
    while first.dep_ == "appos" and first.head.i < first.i:
        first = first.head   # "Abed Sultan, a student, and his brother": the name the noun is put beside
    owner = next((c for c in first.children if c.dep_ == "poss"), None)
    if owner is not None:
        first = owner   # "his ex-wife and his mother": the owner of the first owns the second
    # a common plural is many ("the workers and their union"); a plural-looking name one body ("Vexa Motors")
    many = first.tag_ == "NNS" or first.tag_ == "NNPS" and low == "their" or first.lower_ in ("their", "they", "them")
    if first.pos_ not in ("NOUN", "PROPN", "PRON") or many != (low == "their"):
        return None
    key = res.token_entity.get(first.i) or phrase_key(first, res)
    kind = type_of(res, key)
    if low in ("his", "her"):
        if key and (kind == "PERSON" or key.startswith(OFFICE_PREFIX)):
            return key if sex_of(key) in (None, "F" if low == "her" else "M") else None
        person = first.pos_ == "NOUN" and (first.lemma_.lower() in PERSON_NOUNS or first.lower_ in PERSON_NOUNS)
        # "he and his entourage": the pronoun's own person, open where "he" is ("who claimed he and his ...")
        person = person or first.lower_ == ("she" if low == "her" else "he")
        return BLOCKED if person and key is None else None
    if low == "its":
        return key if key and kind in NON_PERSON_ACTORS else None
    return key if key and kind in NON_PERSON_ACTORS | {"OTHER"} else None
