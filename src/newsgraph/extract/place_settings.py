"""A city or region compounded with an attack or protest noun says where it happened, not who did it:
"the Mumbai attacks", "the Kabul attack on the embassy", "the Athens demonstration", "the Paris rally
against the reform". A town does not attack or march; its people or the attackers do, and the phrase
leaves them unnamed. A country so compounded is its state acting ("a US strike on Syria"), and a
possessive or adjective keeps its reading ("Moscow's attack", "an Israeli strike"); but a place's
protests, compounded or possessive ("France's street protests"), are its people's, held there."""
from __future__ import annotations

from .actors import KnownActors
from .entity_lookup import entity_type

# the acts a place compounded with their noun is the scene of
SETTING_TYPES = frozenset({"ASSAULT", "PROTEST"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_TYPES = frozenset({"LOCATION"})
# a country or town owning protests is where they are: its people march, and a state's own protest
# is a diplomatic one (ACCUSE: "China lodged a protest with Japan")
STREET_PLACES = frozenset({"LOCATION", "COUNTRY"})


def names_where(mod, tok, frame, key: str, res: KnownActors) -> bool:
    """Whether the name `tok` in the left modifier `mod` of an event noun of `frame` is the place the
    event happened in rather than its doer."""
    if frame is not None and frame.type == "PROTEST" and mod.dep_ in ("poss", "compound") \
            and entity_type(key, res) in STREET_PLACES:
        return True   # "France's street protests", "the Greek capital's protests": the people protest there
    return frame is not None and frame.type in SETTING_TYPES and mod.dep_ == "compound" \
        and tok.ent_type_ in PLACE_ENTS and entity_type(key, res) in PLACE_TYPES


def hosts_protests(verb, frame, key: str | None, res: KnownActors) -> bool:
    """Whether the subject of "have" with a protest noun is the place that has them: "Spain also had
    protests", "the city has had demonstrations every night" (its people protest there)."""
    return frame is not None and frame.type == "PROTEST" and verb.lemma_.lower() == "have" \
        and entity_type(key, res) in STREET_PLACES
