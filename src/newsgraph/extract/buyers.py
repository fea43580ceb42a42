"""A demand held by buyers: "fans' demand for great music", "consumers' demand for cheap credit" is a
market's appetite for a thing, which asks nothing of anyone (PLOVER REQUEST asks a side to act). The
same buyers' demand for an act ("the fans' demand for the manager's resignation", "customers' demand
for an apology") is a demand made of someone, and stays."""
from __future__ import annotations

from ..wordlists import words
from .lexicon import lexicon
from .sense_words import lemma_in

BUYERS = words("market_buyers")
ACTS_ASKED = words("stance_demanded_acts") | words("requested_conduct")


def buyers_appetite(noun) -> bool:
    """The noun "demand" held by buyers (its possessor) and for things, not for an act."""
    if not any(x.dep_ == "poss" and lemma_in(x, BUYERS) for x in noun.children):
        return False
    wanted = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return bool(wanted) and not any(asked_act(t) for t in wanted)


def asked_act(thing) -> bool:
    """An act one side can do for another: a noun of an event ("resignation", "talks") or a demanded
    act or conduct ("an apology", "restraint")."""
    lemma = thing.lemma_.lower()
    return lemma_in(thing, ACTS_ASKED) or lemma in lexicon().nouns or thing.lower_ in lexicon().nouns
