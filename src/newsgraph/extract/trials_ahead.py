"""A trial to come is an accusation already made: "Ebbers is to face trial this month", "the five
managers will go on trial for manslaughter", "is set to stand trial". Only the trial lies ahead;
the charges it is held on are brought, so the future of the bearing verb (a scheduled "will", "is
to", "is due to", "is set to") does not make the accusation possible. A prospect does: "could face
trial" (no event, clause_links.hedged), "is expected to face trial", "is likely to stand trial",
"would face trial"; and "will face charges" or "will be charged" tell a charge still to be brought."""
from __future__ import annotations

from ..doctext import children
from ..wordlists import words

# Verbs with which news puts someone on trial: "is on trial", "went on trial", "stood trial",
# "faces trial", "was put on trial", "is awaiting trial".
TRIAL_VERBS = words("trials_ahead_trial_verbs")
TRIAL = "trial"
# the future of a date set: "will face trial", "shall stand trial"
SCHEDULING_AUX = frozenset({"will", "shall", "'ll"})
# heads of a date set, above the bearing verb: "is set to go on trial", "is scheduled to stand trial" (lemma
# "schedule"), "is slated to face trial"
SCHEDULING_HEADS = words("scheduling_heads")


def trial_held(verb):
    """The trial a verb puts someone on, or None: its object ("faces trial", "stood trial") or the noun
    after its "on" ("went on trial", "was put on trial")."""
    held = (*(c for c in children(verb) if c.dep_ == "dobj"),
            *(p for c in children(verb) if c.dep_ == "prep" and c.lower_ == "on" for p in children(c) if p.dep_ == "pobj"))
    return next((t for t in held if t.lemma_.lower() == TRIAL and t.tag_ == "NN"), None)


def trial_bearer(noun):
    """The verb that puts someone on the trial `noun` names ("faces trial", "goes on trial"), or None;
    a verb trigger that holds the trial itself ("will be put on trial") is its own bearer."""
    if noun.pos_ in ("VERB", "AUX"):
        return noun if noun.lemma_.lower() in TRIAL_VERBS and trial_held(noun) is not None else None
    if noun.lemma_.lower() != TRIAL or noun.pos_ != "NOUN":
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else noun.head
    held = trial_held(verb) if verb.lemma_.lower() in TRIAL_VERBS else None
    return verb if held is not None and held.i == noun.i else None


def scheduled_trial(path, i: int) -> bool:
    """The walk from a trial (path[0]) reaches, at path[i], the verb bearing it ("will face trial")
    or a head that sets its date ("is set to face trial")."""
    bearer = trial_bearer(path[0])
    if bearer is None or any(c.dep_ == "neg" for c in children(bearer)):
        return False    # "will not stand trial": no trial is set, and perhaps no charge left
    tok = path[i]
    return tok.i == bearer.i or i > 0 and path[i - 1].i == bearer.i and tok.lemma_.lower() in SCHEDULING_HEADS
