"""Giving way to what others demand: resigning, apologising, standing or backing down, being pushed out.

Read by extract/refused_concessions.py, which finds such a concession refused ("said he would not
resign"), and by the sense judge and the keep gate, which let a refusal of one stand with no other side
named (sense_cooperative.one_sided, keep.acts_alone): saying one will not resign refuses the demand
that one does, whoever made it.
"""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words

# verbs of giving way, alone ("resign", "apologise") or with their particle ("step down", "back down")
CONCEDING = words("giving_way_verbs")
# being made to go by others: "will not be pushed out", "forced out"
OUSTING = words("ousting_verbs")


def conceding(verb) -> bool:
    """A verb of giving way with no object of its own: "resign", "step down", "be pushed out"."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in children(verb) if c.dep_ in ("prt", "prep", "advmod", "dobj")}
    phrase = next((p for p in particles if f"{lemma} {p}" in CONCEDING), None)    # "step down", "give way"
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.lower_ != phrase for c in children(verb)):
        return False        # "quit smoking", "quit Real Madrid": a thing left, no demand met
    if phrase is not None or lemma in CONCEDING:
        return True
    # "forced out of the market" is a rival's competition, not a demand to go
    return any(f"{lemma} {p}" in OUSTING for p in particles) and any(c.dep_ == "auxpass" for c in children(verb)) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children(verb))


def refused_concession(trigger) -> bool:
    """Whether a REJECT's trigger refuses a concession: the "not", "never" or "no" of one said here, or a
    verb of refusing whose act is one ("refused to resign", "declined to apologise")."""
    acts = [c for c in children(trigger) if c.dep_ == "xcomp"] if trigger.pos_ == "VERB" else [trigger.head]
    if trigger.dep_ == "det":
        acts = [t for t in trigger.head.subtree if t.pos_ == "VERB"]
    elif trigger.dep_ == "neg" and trigger.head.lemma_.lower() == "go":
        acts = [c for c in children(trigger.head) if c.dep_ == "xcomp"]
    return any(conceding(a) for a in acts)
