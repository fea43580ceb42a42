"""A charge or a sentence that only describes a kind of person: "foreign nationals suspected of terrorism
could be deported", "drivers convicted of speeding twice will lose their licences". The participle says
whom a rule or a plan is for, any one who is so charged or convicted; no one has been charged by anyone.
"Two men suspected of the robbery were arrested" (counted men, past) and "people accused of the attack will
appear in court" (a particular attack) name people who are."""
from __future__ import annotations

from .mood import any_one

# the modals of a rule, a plan or a forecast
RULE_MODALS = frozenset({"will", "'ll", "would", "could", "can", "may", "might", "should", "must", "shall"})
ANCHORING = frozenset({"the", "this", "that", "these", "those"})


def kind_described(trigger) -> bool:
    """The trigger is a participle describing a bare plural or "anyone" ("citizens suspected of ...")
    that is the subject of a clause under a modal or in the present ("could face", "face"), and the
    participle's phrase names no particular act: no name, date or "the"."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "acl" or trigger.head.i == trigger.i:
        return False
    kind = trigger.head
    if not any_one(kind) or kind.dep_ not in ("nsubj", "nsubjpass") or kind.head.i == kind.i:
        return False
    clause = kind.head
    ruled = any(c.dep_ in ("aux", "auxpass") and c.lower_ in RULE_MODALS for c in clause.children) \
        or clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    if not ruled:
        return False
    phrase = [t for t in trigger.subtree if t.i != trigger.i]
    return not any(t.ent_type_ or t.dep_ == "poss" or t.dep_ == "det" and t.lower_ in ANCHORING for t in phrase)
