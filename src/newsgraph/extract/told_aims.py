"""An aim told by another than its owner is no plan announced (called by idle_acts.idle, after every
construction has spoken). "X's N is to V", with N a noun of an aim ("the regime's endgame is to capture the
city", "Ethiopia's goal is to seize the port, analysts say"), tells what the narrator or an analyst takes X
to want: the event whose doer is the aim's owner is no act or intent that X made known. The aim stays when
its owner states or adopts it: the speaker's own ("Russia said its aim is to seize Donetsk", "our goal is to
retake the town, the commander said") or one called stated or declared ("Moscow's stated aim is to").
A plan's or a decision's infinitive ("Washington's plans to deploy troops") is noun_control.planner's.
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words

AIMS = words("aim_nouns")
OWNED_MARKS = words("owned_aim_marks")
# owners that are the speaker: an aim quoted from its owner ("our aim is to ...")
SPEAKERS = words("told_aims_speakers")
# how an infinitive hangs on the copula whose subject is the aim ("is to capture")
COPULA_CLAUSES = frozenset({"xcomp", "ccomp", "attr", "advcl"})


def untold_aim(event: Event, trigger) -> str | None:
    """The rule's name when the event's doer is the owner of an aim that someone else tells, or None."""
    if event.subject is None or (aim := copula_aim(trigger)) is None:
        return None
    owner = next((c for c in aim.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in SPEAKERS or not doer_phrase(event, aim, owner):
        return None
    if any(m.dep_ in ("amod", "compound", "advmod") and m.lower_ in OWNED_MARKS for m in aim.lefts):
        return None    # "its stated aim", "the declared goal"
    if event.source is not None and event.source.entity == event.subject:
        return None    # "Russia said its aim is to ...": the owner tells it
    return "aim told by another"


def copula_aim(trigger):
    """The aim noun that is the subject of the copula on whose infinitive the trigger is (itself or as the
    second of two: "is to capture and hold"), or None."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in COPULA_CLAUSES or verb.head.lemma_ != "be" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((s for s in verb.head.children if s.dep_ == "nsubj" and s.lemma_.lower() in AIMS), None)


def doer_phrase(event: Event, aim, owner) -> bool:
    """The event's doer was read from the aim's phrase: its words name the aim or its owner."""
    said = event.subject_text.lower().split()
    return aim.lower_ in said or owner.lower_ in said
