"""A participle that describes people ("masked", "armed", "hooded") read as a verb joined to the clause
before: in "workers marched through the city and masked youths clashed with police" the parser takes
"masked" for a second main verb with "youths" as its object, and then hangs "clashed" on "youths" as a
reduced relative ("youths who were clashed"), or joins it to the first verb ("students marched on the
ministry and masked men attacked the police": the students would attack). Right after "and", such a
participle with its noun and nothing else is a description, and the noun is the doer of the verb that
follows it.
"""
from __future__ import annotations

from ..wordlists import words
from .voice import VERBAL

# participles news uses to describe people by their look or their arms, never the clause's act here
DESCRIBING = words("describing_participles")
NOUNS = frozenset({"NOUN", "PROPN"})
OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "agent", "expl"})


def modifier_doer(verb):
    """The noun a describing participle read as a verb stands before, when `verb` is the act that noun
    does ("and masked youths clashed with police": the youths); None otherwise."""
    if verb.pos_ not in VERBAL or any(c.dep_ in OWN for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.i < verb.i:
        noun = verb.head                                   # "clashed" hung on "youths"
    elif verb.dep_ == "conj" and verb.i > 0:
        noun = verb.doc[verb.i - 1]                        # "attacked" joined to "marched"
        if noun.head.head.i != verb.head.i:
            return None
    else:
        return None
    return noun if described(noun) else None


def described(noun) -> bool:
    """A noun that is the lone object of a describing participle right before it, itself joined after
    "and" to an earlier verb."""
    word = noun.head
    if noun.pos_ not in NOUNS or noun.dep_ != "dobj" or word.lower_ not in DESCRIBING or word.dep_ != "conj" \
            or word.i != noun.left_edge.i - 1 or word.i < 1 or word.doc[word.i - 1].lower_ != "and":
        return False
    return all(c.i == noun.i or c.dep_ == "cc" for c in word.children)
