"""Acts that a sentence frames as not (yet) done: under a condition, as an obligation still to meet,
as someone's expectation or wish, or as what will follow a later step.

"If it joins, Turkey may have to accept restrictions", "he could be sentenced to life if convicted",
"the lobby expects the authorities to prosecute", "the name will be released after he is charged":
none of these acts has happened. The sense judge (extract/sense.py) drops such candidates; a threat,
promise or offer is itself the event, so the verbs that make one are never read as conditioned.
"""
from __future__ import annotations

# the clause that makes an act conditional: "if convicted", "unless it complies"
CONDITIONS = frozenset({"if", "unless"})
# verbs whose act is a commitment, made whatever its condition: "promised to resign if ..."
COMMITTING = frozenset({"promise", "pledge", "vow", "offer", "threaten", "warn", "guarantee", "undertake"})
# verbs of expecting and wishing: someone else's act they govern is still to come ("expects X to
# prosecute", "would like the UN to send troops")
WISHING = frozenset({"expect", "hope", "wish", "like", "love", "prefer"})
# obligations still to meet: "has to accept", "will have to pay" ("had to flee": it happened)
OBLIGING = frozenset({"have", "need"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "could", "may", "might", "can", "ca"})
# conjunctions after which a present tense tells what will happen: "after he is charged"
LATER = frozenset({"after", "once", "until", "before", "when"})
PRESENT = frozenset({"VBZ", "VBP"})


def conditioned(t) -> bool:
    """An "if" or "unless" clause modifies the verb ("could be sentenced if convicted"), which is not
    a verb of commitment."""
    return t.lemma_.lower() not in COMMITTING and any(
        x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in x.children)
        for x in t.children)


def obliged(trigger) -> bool:
    """An act someone has or needs to do, not in the past: "has to accept", "may have to pay"."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.lemma_.lower() not in OBLIGING or not any(
            x.dep_ == "aux" and x.lower_ == "to" for x in trigger.children):
        return False
    return head.tag_ != "VBD" or any(x.dep_ == "aux" and x.lower_ in FUTURE for x in head.children)


def wished(t) -> bool:
    """Someone else's act that a verb of expecting or wishing governs ("the lobby expects the
    authorities to prosecute"); an actor's own hope or an expected act ("hopes to sign", "is
    expected to withdraw") is left alone: it often reports a plan that is news."""
    head = t.head
    if t.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in WISHING or any(
            x.dep_ in ("auxpass", "nsubjpass") for x in head.children):
        return False
    return any(x.dep_ == "nsubj" for x in t.children) or any(x.dep_ == "dobj" for x in head.children)


def later_step(trigger) -> bool:
    """A present tense after "after", "once" or "until" under a future or modal verb: "will be
    named after he is charged"."""
    if not any(x.dep_ == "mark" and x.lower_ in LATER for x in trigger.children):
        return False
    present = trigger.tag_ in PRESENT or any(x.dep_ in ("aux", "auxpass") and x.tag_ in PRESENT
                                            for x in trigger.children)
    return present and any(x.dep_ in ("aux", "auxpass") and x.lower_ in FUTURE for x in trigger.head.children)
