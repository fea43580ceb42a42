"""The seller is the other side of a purchase (PLOVER AGREE: the deal is between buyer and seller).

"Tata bought Jaguar from Ford", "agreed to buy the unit from Siemens", "Falic bought two brands, Hard Candy and Urban Decay, from LVMH", "Nestle
acquired the Perrier brand from Danone": what is bought, a firm or a brand, changes hands; the agreement
is made with the one it is bought from. A purchase with no seller named ("Nestle bought Perrier") keeps
the firm bought as its other side (deal_parties.py). Called by events._settle_sides after deal_parties."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .deal_parties import DEAL_SIDES, deal_acts
from .entity_lookup import entity_of_token, entity_type
from .frames import Candidate

BUYING = words("buying_verbs")


def sellers(candidates: list[Candidate], res: KnownActors) -> None:
    """Each purchase agreed with the thing bought as its other side and a seller named after "from" takes
    the seller (in place)."""
    for c in candidates:
        if c.type != "AGREE" or c.subject is None:
            continue
        acts = [c.trigger] if c.trigger.pos_ == "VERB" else []
        acts += deal_acts(c.trigger)   # "agreed to buy Jaguar from Ford"
        seller = next((s for v in acts if v.lemma_.lower() in BUYING if (s := named_seller(v, res, c.subject))), None)
        if seller is not None:
            c.object, c.object_tok = seller


def named_seller(verb, res: KnownActors, buyer: str) -> tuple[str, object] | None:
    """The body or person named after the buying verb's "from", other than the buyer, or None."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ != "from":
            continue
        for o in (x for x in p.children if x.dep_ == "pobj"):
            key = entity_of_token(o, res)
            if key is not None and key != buyer and entity_type(key, res) in DEAL_SIDES:
                return key, o
    return None
