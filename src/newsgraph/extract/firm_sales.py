"""Firms, parts of firms and stakes sold to a named buyer: "Vivendi sold its stake in Telecom Italia to
Telefonica", "GM sold its Hughes unit to News Corp", "the hotel group has been sold to a Saudi investor".
A sale between named sides is PLOVER AGREE from the seller to the buyer (a takeover, purchase, sale or
bid between named sides is AGREE); a passive sale leaves the seller unsaid. Only a stake, a part of a
firm (owned_parts: a unit, a division, a hotel) or a named firm sold makes such a deal: goods, arms and
players sold do not ("sold arms to Iran" is aid, "sold the striker to Chelsea" is the game)."""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type, subject_token
from .frames import Candidate
from .sense_words import lemma_in

SELLING = frozenset({"sell"})
OWNED_PARTS = words("owned_parts")
FIRMS = frozenset({"ORGANIZATION", "MEDIA"})
# a buyer made of named members, and the verbs that name them ("a consortium led by X", "a group combining X and Y")
BUYING_GROUPS = frozenset({"group", "consortium", "partnership", "venture"})
MAKING_UP = frozenset({"lead", "combine", "include", "comprise", "head", "involve", "form"})
# who buys a firm or a stake: a firm, an investor, a state
BUYERS = FIRMS | {"PERSON", "GOVERNMENT", "COUNTRY"}


def sale_events(tokens, res: KnownActors) -> Iterator[Candidate]:
    """Every firm, part of a firm or stake sold "to" a named buyer (see the module's doc)."""
    for verb in (v for v in tokens.verbs if v.lemma_.lower() in SELLING):
        sold = next((x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")), None)
        if sold is None or not firm_or_part(sold, res):
            continue
        buyer = next((o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                      for o in p.children if o.dep_ == "pobj"), None)
        seller = subject_token(verb) if sold.dep_ == "dobj" else None   # "has been sold to": the seller unsaid
        skey = actor_of(seller, res) if seller is not None else None
        for bkey, btok in buyers(buyer, res):
            if bkey != skey and entity_type(bkey, res) in BUYERS:
                yield Candidate("AGREE", verb, skey, bkey, seller, btok, None, verb)


def buyers(buyer, res: KnownActors) -> list:
    """The actors a buyer phrase names: the buyer itself, or the named members of a group or consortium
    that buys ("a consortium led by Philip Green", "a group combining Prince Alwaleed and a unit of HBOS")."""
    if buyer is None:
        return []
    if (key := actor_of(buyer, res)) is not None:
        return [(key, buyer)]
    if not lemma_in(buyer, BUYING_GROUPS):
        return []
    named = [x for v in buyer.children if v.dep_ == "acl" and lemma_in(v, MAKING_UP)
             for x in (*(c for c in v.children if c.dep_ == "dobj"),
                       *(o for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"))]
    return [(key, t) for m in named for t in (m, *m.conjuncts) if (key := actor_of(t, res)) is not None]


def firm_or_part(tok, res: KnownActors) -> bool:
    """The thing sold is a stake or a part of a firm ("its stake", "its Hughes unit") or a named firm."""
    return lemma_in(tok, OWNED_PARTS) or entity_type(actor_of(tok, res), res) in FIRMS


def sold_to(c: Candidate) -> bool:
    """A firm or stake said to have been sold to a named buyer, its seller unsaid ("the Savoy has been sold to
    a group led by Prince Alwaleed"): news by itself (extract/keep.py)."""
    return c.type == "AGREE" and c.subject is None and c.object is not None and c.trigger.lemma_.lower() in SELLING \
        and any(x.dep_ == "nsubjpass" for x in c.trigger.children)
