"""The defendant of an act of law that the verb's or noun's own slots missed: the "against" phrase
hanging deeper in what is sought ("filed a lawsuit for defamation against X", "a damages claim for
$18m against Y"), or a person described, not named ("sued a former contractor", "indicted two
executives"). PLOVER ACCUSE: a lawsuit or charges between the plaintiff and the defendant."""
from __future__ import annotations

from .actors import KnownActors
from .arguments import actor_of
from .described_sides import described_side
from .frames import Candidate
from .sense_cooperative import LEGAL_CHARGES

# what may lie between the act and its "against" phrase: what is sought and how much
# ("a lawsuit [for defamation] against", "a claim [for $18 million] against")
SOUGHT_CHAIN = frozenset({"prep", "pobj", "nummod", "quantmod", "compound", "npadvmod", "amod"})


def legal_defendants(candidates: list[Candidate], res: KnownActors) -> None:
    """Give a one-sided act of law its defendant, when one is found (see the module's doc)."""
    for c in candidates:
        if c.type != "ACCUSE" or c.object is not None or c.trigger.lemma_.lower() not in LEGAL_CHARGES:
            continue
        tok = defendant(c.trigger)
        if tok is None:
            continue
        key = actor_of(tok, res) or described_side(tok, res)
        if key is not None and key != c.subject:
            c.object, c.object_tok = key, tok


def defendant(trigger):
    """The token naming whom an act of law is against: the direct object of the verb ("sued a former
    contractor"), or the object of an "against" under the act or the verb that makes it ("filed")."""
    if trigger.pos_ == "VERB":
        direct = next((x for x in trigger.children if x.dep_ == "dobj"), None)
        if direct is not None:
            return direct
    heads = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    for head in heads:
        for prep in head.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "against" and sought_between(prep, head):
                return next((x for x in prep.children if x.dep_ == "pobj"), None)
    return None


def sought_between(prep, head) -> bool:
    """Whether `prep` hangs from `head` through what is sought only (no clause, no other act)."""
    t = prep
    while t.i != head.i:
        if t.dep_ not in SOUGHT_CHAIN and t.head.i != head.i:
            return False
        if t.head.i == t.i:
            return False
        t = t.head
    return True
