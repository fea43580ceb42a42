"""A charge or a sentence that only describes a kind of person: "foreign nationals suspected of terrorism
could be deported", "drivers convicted of speeding twice will lose their licences". The participle says
whom a rule or a plan is for, any one who is so charged or convicted; no one has been charged by anyone.
"Two men suspected of the robbery were arrested" (counted men, past) and "people accused of the attack will
appear in court" (a particular attack) name people who are. So with a count of a kind: "the number of migrants
deported rose last year" is a statistic; "the number of people killed in the bombing" tells of one act."""
from __future__ import annotations

from ..wordlists import words
from .mood import any_one

# the modals of a rule, a plan or a forecast
RULE_MODALS = frozenset({"will", "'ll", "would", "could", "can", "may", "might", "should", "must", "shall"})
ANCHORING = words("definite_determiners")
# nouns that count or measure a kind of people: "the number of migrants deported"
COUNTING = words("proportion_nouns")


# the acts whose participle may describe a kind: charged, convicted, deported, targeted
DESCRIBING_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE", "ASSAULT"})


def kind_described(c) -> bool:
    """The candidate `c` only describes a kind of people (kind_by_participle)."""
    return c.type in DESCRIBING_TYPES and kind_by_participle(c.trigger)


def kind_by_participle(trigger) -> bool:
    """The trigger is a participle describing a bare plural or "anyone" ("citizens suspected of ...")
    that is the subject of a clause under a modal or in the present ("could face", "face"), and the
    participle's phrase names no particular act: no name, date or "the"; or a participle describing a
    kind that is counted ("the number of migrants deported")."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "acl" or trigger.head.i == trigger.i:
        return False
    kind = trigger.head
    if not any_one(kind) or kind.lower_ == "those":
        return False     # "those arrested include the opposition leader": the ones who were
    if kind.dep_ == "pobj" and kind.head.lower_ == "of" and kind.head.head.lower_ in COUNTING:
        return unanchored(trigger)   # "the numbers of Asians targeted had risen"
    if kind.dep_ not in ("nsubj", "nsubjpass") or kind.head.i == kind.i:
        return False
    clause = kind.head
    ruled = any(c.dep_ in ("aux", "auxpass") and c.lower_ in RULE_MODALS for c in clause.children) \
        or clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    return ruled and unanchored(trigger)


def unanchored(trigger) -> bool:
    """The participle's phrase names no particular act: no name, date, owner or "the"."""
    phrase = [t for t in trigger.subtree if t.i != trigger.i]
    return not any(t.ent_type_ or t.dep_ == "poss" or t.dep_ == "det" and t.lower_ in ANCHORING for t in phrase)
