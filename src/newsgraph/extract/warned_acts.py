"""Acts a warning warns someone off: "Iran warned the US against attacking its plants", "the government
warned Turkey not to send ships". The act is the one warned's possible act, not the warner's and not
done: its doer is the object of the warning verb (nobody named when there is none: "warned against
attacking"), and the sense judge takes it for hypothetical (extract/sense.py)."""
from __future__ import annotations

from ..wordlists import words

WARNING_OFF = words("warning_off")


def warning_head(verb):
    """The verb of warning that warns off the act `verb`: its infinitive ("warned X not to send") or
    its gerund after "against" ("cautioned X against storming"); None otherwise."""
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        head = verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "against":
        head = verb.head.head
    else:
        return None
    if head.i == verb.i or head.pos_ != "VERB" or head.lemma_.lower() not in WARNING_OFF:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None        # a clause with its own subject is no act warned off
    return head


def warned_one(warning):
    """Whom the warning verb names as warned: its object ("warned the US against"), or None."""
    return next((c for c in warning.children if c.dep_ in ("dobj", "dative")), None)
