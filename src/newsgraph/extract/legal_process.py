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


def before_the_law(c) -> bool:
    """The act's trigger, a word it governs or the object of its preposition is a word of the legal
    process, or the act is agreed, done or refused to settle one ("agreed to pay $5m to settle a
    lawsuit"; an xcomp or advcl verb's object or prepositional object)."""
    heads = [c.trigger, *(x for x in c.trigger.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB")]
    heads += [y for x in heads[1:] for y in x.children if y.dep_ in ("xcomp", "advcl") and y.pos_ == "VERB"]
    near = [*heads, *(x for h in heads for x in h.children)]
    near += [o for x in near if x.dep_ == "prep" for o in x.children if o.dep_ == "pobj"]
    return any(lemma_in(x, LEGAL_PROCESS) for x in near)
