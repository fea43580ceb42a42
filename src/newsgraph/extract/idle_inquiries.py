"""An inquiry into nothing named (called by idle_acts.idle, after every construction has spoken):
police or officials who "investigate" with no thing, person or question after the verb ("officers
arrived to investigate", "the bank was evacuated while police investigated", "they got out of their car
to investigate") are at work at a scene, not accusing anyone (PLOVER ACCUSE takes an investigation of
someone or of something done: "police are investigating the shooting", "investigated whether the lyrics
incite violence", "the claims were investigated by police" stay).
"""
from __future__ import annotations

from ..model import Event

# what an inquiry looks into, after the verb: an object, a question, a clause, a phrase of its matter
INVESTIGATED = frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "attr", "oprd"})
MATTER_PREPS = frozenset({"into", "over", "for", "about", "on", "in", "after", "of"})


def idle_inquiry(event: Event, trigger) -> str | None:
    """The rule's name when the event is an investigation with nothing investigated, or None."""
    if event.type != "ACCUSE" or event.object is not None or trigger.pos_ != "VERB" \
            or trigger.lemma_.lower() != "investigate":
        return None
    if any(c.dep_ in INVESTIGATED or c.dep_ == "prep" and c.lower_ in MATTER_PREPS for c in trigger.children):
        return None
    if trigger.dep_ in ("relcl", "acl") or trigger.dep_ == "conj" and trigger.head.lemma_.lower() != "investigate":
        return None     # "the case police investigated", "police raided and investigated the firm"
    return "inquiry into nothing named"
