"""Events read from words that only say something or state a standing fact, not an act done now
(called by gate.gated after every construction has spoken):

- a concession said, not made: a verb of conceding with a clause for what is conceded ("the prime
  minister conceded that the plans were difficult issues", "the minister conceded growth would be
  slower") admits a fact in an argument, a speech act; PLOVER's CONCEDE is yielding something to
  someone ("conceded defeat", "conceded the territory to Britain");
- a standing agreement: an agreement that is held or kept to ("Boeing has a contract with Air India",
  "holds a deal with", "the government maintains its commitment to the strategy", "will honour the
  deal") or that something is done under ("supplies arms under a contract with") existed before
  the story; AGREE is an agreement made, offered or promised ("signed a deal", "agreed to merge").
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words

HOLDING = frozenset(words("holding_verbs"))
IN_FORCE = frozenset(words("in_force_preps"))
CONCEDING = frozenset(words("conceding_verbs"))
ARRIVAL = frozenset(words("arrival_adverbs"))
# how a clause hangs under a verb that says it: "conceded that ...", "conceded (that) growth would ..."
SAID_CLAUSES = frozenset({"ccomp"})


def said_or_standing(event: Event, trigger) -> str | None:
    """The name of the rule that finds the event a speech act or a standing fact, or None."""
    if trigger is None:
        return None
    if event.type == "CONCEDE" and concession_said(trigger):
        return "concession said"
    if event.type == "AGREE" and standing_agreement(trigger):
        return "standing agreement"
    return None


def concession_said(trigger) -> bool:
    """A verb of conceding ("concede"; not "allow", whose clause is what is allowed: "allowed observers to
    supervise the elections") whose complement is a clause and that concedes nothing by name: no direct
    object ("conceded defeat") and no one it yields to ("conceded to the rebels")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in CONCEDING:
        return False
    deps = {c.dep_ for c in trigger.children}
    prep_to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in trigger.children)
    return bool(deps & SAID_CLAUSES) and "dobj" not in deps and not prep_to


def standing_agreement(trigger) -> bool:
    """An agreement noun held by the subject of "have" or "hold" ("has a contract with the Pentagon",
    "had a deal with"; not "has signed a deal", where "have" is the perfect's auxiliary, nor "finally has
    a deal") or under which
    something is done ("under a contract with")."""
    if trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in HOLDING:
        # "has no deal with" is left to negation; "finally has a deal" is news of one made
        return not any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ in ARRIVAL for c in head.children)
    return trigger.dep_ == "pobj" and head.lower_ in IN_FORCE
