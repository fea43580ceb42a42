"""Idioms of hitting that tell no blow, accusation or threat (called by idle_acts.idle, after every
construction has spoken): one "hits" or "strikes" a goal reached ("will only hit its target if", "hit a
record high"), a place one arrives at ("shortly before hitting the court", "the book hits the shelves",
"hit the headlines") or an idea come upon ("hit upon the idea of", "struck on a plan"). A deal or a chord
struck is everyday.py's; "hit back at" and "hit out at" are criticism and stay, and so does a target hit by a
weapon or by troops ("the missile hit its target").
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .everyday import armed

# what is reached, arrived at or come upon when one "hits" it: no side harmed
HIT_IDIOMS = words("hit_idioms")
# what is come upon when one hits on or upon it: "hit upon the idea"
COME_UPON = words("come_upon_nouns")
IDIOM_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN"})
# who hit targets in war: with them, or a weapon in the sentence, a target hit is a strike
SECURITY = words("security_nouns")


def hitting_idiom(event: Event, trigger) -> str | None:
    """The rule's name when the event's "hit" or "strike" is an idiom of reaching or coming upon, or None."""
    if event.type not in IDIOM_TYPES or trigger.lemma_.lower() not in ("hit", "strike") or trigger.pos_ != "VERB":
        return None
    if any(c.dep_ == "prt" for c in trigger.children):
        return None     # "hit back at", "hit out at", "struck down"
    if any(armed(t) or t.dep_.startswith("nsubj") and t.lemma_.lower() in SECURITY for t in trigger.sent):
        return None     # "the missile hit its target", "troops hit the ground running"
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HIT_IDIOMS and (c.lemma_.lower() != "target"
           or goal(c)) for c in trigger.children):
        return "idiom of hitting"
    if any(p.dep_ == "prep" and p.lower_ in ("upon", "on") and any(o.dep_ == "pobj" and o.lemma_.lower() in COME_UPON
                                                                   for o in p.children) for p in trigger.children):
        return "idiom of hitting"
    return None


def goal(target) -> bool:
    """A target that is a goal: one "for" something or named by what is counted ("its target for improving
    skills", "its recycling target"), not one a strike names ("struck Hezbollah targets", "hit their targets")."""
    phrases = [*target.children, *target.head.children]   # "hit its target for": the parse may hang "for" on "hit"
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in phrases) or any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.ent_type_ == "" for c in target.children)
