"""An act that a verb of stopping or easing acts on is under way: "tried to break up the attack", "could not
stop the rebels' attack", "failed to halt Israel's bombing of Gaza", "will not lift the blockade", "tried to
block the FBI's investigation". Whoever speaks of stopping the act takes it as going on, so the modal, attempt
or negation of the stopping verb and of the clauses above it is not the act's: the attack was made, the
investigation was open. So is the act that "following" dates another by, as "after" does ("will be sentenced
following Mr Kemp's trial", "may leave the town following the rebels' attack"). Only hearsay above still
reaches it ("is said to have tried to stop the attack").
The act must be a definite or owned noun, the verb's direct object: "to stop an attack" or "to stop attacks"
may be one prevented before it began, and "called off the strike" or "averted the attack" says it never
came; nor is an act done at one stroke on a set day under way before it is done ("tried to stop the prisoner's
execution", "halted the deportation of the activist": stopped_stroke_acts). The verbs are data (data/lexicon/words/extract.yaml, stopping_verbs)."""
from __future__ import annotations

from ..wordlists import words
from .arguments import phrasal_lemma

STOPPING = words("stopping_verbs")
# acts done at one stroke on a set day, which a stop keeps from happening: "halted the deportation of the activist",
# "tried to stop the prisoner's execution", "may block Oracle's takeover of PeopleSoft" (none of them done yet)
STROKES = words("stopped_stroke_acts")
DEFINITE = words("definite_determiners")


def stopped_act(path, i: int, trigger) -> bool:
    """path[i - 1] is the event's own noun (the trigger), definite or owned, and the direct object of path[i],
    a verb of stopping, ending or easing an act under way, or a "following" of time."""
    if i == 0 or path[i - 1].i != trigger.i:
        return False
    noun, verb = path[i - 1], path[i]
    if noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not (noun.dep_ == "dobj" and phrasal_lemma(verb) in STOPPING and noun.lemma_.lower() not in STROKES
            or noun.dep_ in ("dobj", "pobj") and dating(verb)):
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def dating(verb) -> bool:
    """"following" with no subject of its own, a preposition of time: "sentenced following the trial"."""
    return verb.lower_ == "following" and verb.tag_ == "VBG" and verb.dep_ in ("prep", "advcl", "acl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
