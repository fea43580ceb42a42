"""The doer of a nominal event whose "by" phrase the parser hung on the verb taking the noun as its
object: "rights groups condemned the arrests of journalists by the police", "the UN welcomed the
release of the hostages by the rebels". An active verb with its own subject has no "by" agent, so a
"by" after its object names who did what the object noun names."""
from __future__ import annotations

from .voice import is_passive

SUBJECTS = frozenset({"nsubj", "csubj"})


def verb_held_by(noun) -> list:
    """The verb whose "by" phrases name the doer of `noun`: the active verb, with a subject of its
    own, whose direct object the noun is, when a "by" comes after the noun; [] otherwise."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or is_passive(verb) \
            or not any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    return [verb] if any(c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i for c in verb.children) else []
