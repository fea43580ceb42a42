"""The side a demand for an act is made of: the one who would do the act (PLOVER REQUEST).

"Oxfam called for an end to Israel's blockade of Gaza", "the opposition demanded a UN inquiry",
"Amnesty called for an investigation by the African Union", "the EU urged an end to Russian air
strikes": a call for an act that names its doer asks that doer to act (or to stop), as PETRARCH codes
"X called for Y's withdrawal" (X asks Y). The doer is read from the act noun as nominal events read
it (a possessive, an actor modifier, a "by" phrase; the "of" phrase only for the nouns whose "of"
names the doer, noun_agents.genitive_doer); an end, halt or suspension asks the doer of the act it
ends. A call for an act that names no doer ("called for a ceasefire", "called for reform") stays as
it was. Withdrawals and releases are read by demanded_sides.doer_asked (the holder of the released).
"""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, modifier_actor
from .entity_lookup import named_other
from .lexicon import lexicon
from .noun_agents import genitive_doer
from .noun_frames import noun_frame
from .noun_phrases import by_agents, prep_objects

# nouns that ask for another act to stop: "an end to the blockade", "a halt to the strikes"
ENDING_NOUNS = words("ended_act_nouns")
# types whose act a demand asks its doer to do; a demand's own noun ("calls for a demand") asks nothing
ASKABLE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "ACCUSE", "AID", "RETREAT", "CONCEDE",
                           "CONSULT", "COOPERATE", "AGREE", "SUPPORT", "REJECT"})


def act_doer(thing, skey: str | None, res: KnownActors, depth: int = 0) -> tuple[str, object] | None:
    """The named actor (not the asker `skey`) who would do the act the noun `thing` names, or None:
    "Israel's blockade", "a UN inquiry", "an investigation by the African Union", and through an
    ending noun ("an end to Israel's blockade") the doer of the act ended."""
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    if thing.lemma_.lower() in ENDING_NOUNS:
        if depth > 0:
            return None
        for ended in (*prep_objects(thing, "to"), *prep_objects(thing, "of")):
            found = act_doer(ended, skey, res, depth + 1)
            if found is not None:
                return found
        return None
    frame = noun_frame(thing, lexicon())
    if frame is None or frame.type not in ASKABLE_TYPES:
        return None
    for doer in by_agents(thing):
        key = actor_of(doer, res)
        if named_other(key, skey):
            return key, doer
    key = modifier_actor(thing, res)   # "Israel's blockade", "Russian air strikes", "a UN inquiry"
    if named_other(key, skey):
        return key, next((c for c in thing.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")), thing)
    key, tok = genitive_doer(thing, frame, res, skey)   # "the resignation of the minister"
    return (key, tok) if named_other(key, skey) else None
