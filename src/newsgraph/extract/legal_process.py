"""Acts of law: a plea, a booking into jail, a release on bail, a lawsuit settled. They are the same
event in a match report, a film story or a tech story as in general news, so the sense judge's drops by
the story's domain (extract/sense_cooperative.py, sense_conflict.py) spare them."""
from __future__ import annotations

from ..wordlists import words
from .sense_words import lemma_in

# noun.act / noun.artifact / noun.state of the legal process, named by the act's own phrase: "pleaded
# guilty", "booked into county jail", "released on bail", "settle the lawsuit" ("court" and "trial" are
# left out: a tennis court, a trial with a club)
LEGAL_PROCESS = words("legal_process_words")
# words that put a trial before a court: its kind, its charges, the court ("a criminal trial", "trial on
# fraud charges", "trial in a Greek court")
TRIAL_AT_LAW = words("trial_at_law_words")


def before_the_law(c) -> bool:
    """The act's trigger, a word it governs or the object of its preposition is a word of the legal
    process, or the act is agreed, done or refused to settle one ("agreed to pay $5m to settle a
    lawsuit"; an xcomp or advcl verb's object or prepositional object)."""
    heads = [c.trigger, *(x for x in c.trigger.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB")]
    heads += [y for x in heads[1:] for y in x.children if y.dep_ in ("xcomp", "advcl") and y.pos_ == "VERB"]
    near = [*heads, *(x for h in heads for x in h.children)]
    near += [o for x in near if x.dep_ == "prep" for o in x.children if o.dep_ == "pobj"]
    return any(lemma_in(x, LEGAL_PROCESS) for x in near) or trial_at_law(c)


def trial_at_law(c) -> bool:
    """A trial its own words put before a court ("face a criminal trial", "a federal trial on
    charges of distributing steroids", "stood trial in a Greek court"), not a trial with a club."""
    if c.trigger.lemma_.lower() != "trial":
        return False
    heads = (c.trigger, *((c.anchor,) if c.anchor is not None else ()))
    marks = [x for x in c.trigger.children if x.dep_ in ("amod", "compound")]
    marks += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "for", "in")
              for o in p.children if o.dep_ == "pobj"]
    return any(lemma_in(x, TRIAL_AT_LAW) for x in marks)


# verbs that hold someone to an act named by their "in", "with", "for" or "of" phrase
HOLDING = words("charging_verbs")


def held_for(trigger) -> bool:
    """The act named as what someone is charged with, convicted of or arrested for ("a woman charged in a
    shooting at a bakery", "convicted of the killing"): an act of violence the law holds someone to, never a
    game's or a film's shot."""
    prep = trigger.head if trigger.dep_ in ("pobj", "pcomp") else None
    return prep is not None and prep.lower_ in ("in", "with", "for", "of") and prep.head.lemma_.lower() in HOLDING
