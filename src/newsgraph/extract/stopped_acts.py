"""An act that a verb of stopping or easing acts on is under way: "tried to break up the attack", "could not
stop the rebels' attack", "failed to halt Israel's bombing of Gaza", "will not lift the blockade", "tried to
block the FBI's investigation". Whoever speaks of stopping the act takes it as going on, so the modal, attempt
or negation of the stopping verb and of the clauses above it is not the act's: the attack was made, the
investigation was open. Only hearsay above still reaches it ("is said to have tried to stop the attack").
The act must be a definite or owned noun, the verb's direct object: "to stop an attack" or "to stop attacks"
may be one prevented before it began, and "called off the strike" or "averted the attack" says it never
came. The verbs are data (data/lexicon/words/extract.yaml, stopping_verbs)."""
from __future__ import annotations

from ..wordlists import words

STOPPING = words("stopping_verbs")
DEFINITE = words("definite_determiners")


def stopping_phrase(verb) -> str:
    """The verb's lemma with its particle, as the list writes it: "break up" for "broke up"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle}" if particle else lemma


def stopped_act(path, i: int, trigger) -> bool:
    """path[i - 1] is the event's own noun (the trigger), definite or owned, and the direct object of path[i],
    a verb of stopping, ending or easing an act under way."""
    if i == 0 or path[i - 1].i != trigger.i:
        return False
    noun, verb = path[i - 1], path[i]
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if stopping_phrase(verb) not in STOPPING:
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
