"""Demands said of what belongs to another actor (PLOVER REQUEST): "the MPs say Turkcell's stake
should be cut", "the EU said Russian troops must be withdrawn", "said Iran's enrichment programme
should be halted". The addressee goes unnamed; the demand falls on the actor whose thing is to be
acted on, as PETRARCH codes "X said Y's Z must be ..." (a demand on Y). A regret ("should have been
cut"), a demand that something not be done ("should not be cut") and a forecast ("should be seen")
demand nothing of the owner.
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .frames import Candidate, maker_of

OBLIGATION = words("statement_obligation")
FORECAST_VERBS = words("statement_forecast_verbs")


def owned_demand(clause, subj, speaker, res: KnownActors) -> Candidate | None:
    """REQUEST on the owner of the passive subject of an obligation: "said Turkcell's stake should be cut"."""
    skey, stok = speaker
    kids = list(clause.children)
    modal = next((a for a in kids if a.dep_ == "aux" and a.lower_ in OBLIGATION), None)
    if modal is None or subj.dep_ != "nsubjpass" or clause.lemma_.lower() in FORECAST_VERBS \
            or skey.startswith("GENERIC:") or any(k.dep_ == "neg" or k.dep_ == "aux" and k.lemma_ == "have" for k in kids):
        return None
    owner, otok = maker_of(subj, res, skey)
    if owner is None or owner.startswith(("GENERIC:", "OTHER:")):
        return None
    return Candidate("REQUEST", modal, skey, owner, stok, otok, None, clause)
