"""Opposition stated as a standing (PLOVER REJECT, mode oppose): "Germany is against Turkey's
membership", "the Liberal Democrats are firmly opposed to the government's plan", "France came out
against the British proposal", "Labour MPs remain opposed to Mr Blair's reforms".

No verb of refusing carries these: a copula ("is", "remains") with "against" or "opposed to", or
"came out against". The opposer is the copula's subject and must be an actor; the other side is the
actor the "against"/"to" phrase names, or the maker of the thing it names (thing_makers.maker_of: its
possessor, an actor modifier, a "by"/"from" phrase, "of" after a proposal: "the government's plan", "the
French plan", "the plan by the Commission"; or the agent of a participle: "sanctions proposed by the
Commission"). A standing against a thing with no maker named ("is against the law", "remain opposed to
the remarriage of divorcees") or a negated one ("is not against the idea") gives nothing: it says
where someone stands on a matter, not whom they oppose.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..doctext import children
from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of
from .entity_lookup import named_other
from .frames import Candidate, clause_subject
from .noun_agents import agent_phrases
from .thing_makers import maker_of

COPULAS = words("standing_copulas")
# the phrasal verbs that state a standing taken against another: "came out against"
TAKING_STANDS = words("stand_taking_verbs")


def stated_opposition(tokens, res: KnownActors) -> Iterator[Candidate]:
    """REJECT by the subject of every stance of opposition (see the module's doc)."""
    for verb in tokens.verbs:
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "neg" for c in children(verb)):
            continue
        if lemma in COPULAS:
            stances = [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "against"]
            stances += [p for a in children(verb) if a.dep_ == "acomp" and a.lower_ == "opposed"
                        and not any(c.dep_ == "neg" for c in children(a))
                        for p in children(a) if p.dep_ == "prep" and p.lower_ == "to"]
        elif lemma in TAKING_STANDS and any(c.dep_ == "prt" and c.lower_ == "out" for c in children(verb)):
            stances = [p for p in children(verb) if p.dep_ == "prep" and p.lower_ == "against"]
        else:
            continue
        for prep in stances:
            skey, stok = clause_subject(verb, res)
            if skey is None:
                continue
            for thing in (o for o in children(prep) if o.dep_ == "pobj"):
                okey, otok = opposed_side(thing, skey, res)
                if okey is not None:
                    trigger = prep.head if prep.head.lower_ == "opposed" else prep
                    yield Candidate("REJECT", trigger, skey, okey, stok, otok, None, verb)


def opposed_side(thing, skey: str, res: KnownActors) -> tuple[str | None, object]:
    """The actor a stance is against: named ("against Russia"), or the maker of the thing named."""
    key = actor_of(thing, res)
    if named_other(key, skey):
        return key, thing
    key, tok = maker_of(thing, res, exclude=skey)   # "Turkey's membership", "the French plan", "the plan by X"
    if named_other(key, skey):
        return key, tok
    for maker in agent_phrases(thing):   # "sanctions proposed by the Commission"
        key = actor_of(maker, res)
        if named_other(key, skey):
            return key, maker
    return None, None
