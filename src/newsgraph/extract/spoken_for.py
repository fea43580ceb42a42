"""The body a person's phrase says they act for: "a spokesman for Unison accused Tesco", "the head of
Amnesty International condemned Egypt", "officials at the World Bank criticised Argentina" are
Unison's, Amnesty's and the World Bank's acts, as conflict data codes a body's word and deed through
its spokesman, its head or its staff. Not "spokesman", "head" or "officials": the sentence names who
acts more specifically than that.

Only where the phrase acts (a clause's subject, a passive's agent) and no name is put beside it ("the
chief executive of BP, Bob Dudley," is Bob Dudley: extract/arguments.named_apposition); one held or
harmed is the person ("gunmen killed a spokesman for the party"), and a former one acts for no one.
The kinds of people and the prepositions that name their body are data (words/spoken_for.yaml).
"""
from __future__ import annotations

from collections.abc import Callable

from ..resolve.owners import former_member
from ..resolve.participants import acting
from ..resolve.spoken_for import body_phrases
from ..wordlists import words
from .actors import KnownActors
from .entity_lookup import described, entity_type

# (people, the prepositions naming their body, whether a person may be that body, plural only)
KINDS = (
    (words("speaking_for_nouns"), words("speaking_for_preps"), True, False),
    (words("body_head_nouns"), words("body_head_preps"), False, False),
    (words("staff_at_nouns"), words("staff_at_preps"), False, True),
)
OWN_PERSON_ACTS = words("own_person_acts")
PLACES = ("LOCATION", None)


def acted_for(tok, res: KnownActors, actor_of: Callable) -> str | None:
    """The named body (or, for a spokesman, person) the acting phrase headed by `tok` speaks or acts
    for, through the preposition after it ("for Unison", "of Amnesty International", "at the World
    Bank"), or None; `actor_of` reads the actor of the preposition's object."""
    if not acting(tok) or former_member(tok) or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OWN_PERSON_ACTS:
        return None
    lemma = tok.lemma_.lower()
    kind = next(((preps, person) for nouns, preps, person, plural in KINDS
                 if lemma in nouns and (not plural or tok.tag_ == "NNS")), None)
    if kind is None:
        return None
    preps, person = kind
    for pobj in body_phrases(tok, preps):
        key = actor_of(pobj)
        typ = entity_type(key, res)
        if key and not described(key, res) and typ not in PLACES and (person or typ != "PERSON") \
                and (typ != "COUNTRY" or person):
            return key
    return None
