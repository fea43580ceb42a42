"""Dealings off the field in a sport story. The sense judge reads a document the domain classifier finds
to be about sport (sense_words.Context) as the game's: its meetings are matches ("Chelsea meet Barcelona"),
its support is the fans', what is given is a chance or a pass. But a sport story also tells what people do
to each other off the field, which is news as anywhere: a club and a player in talks ("the Red Sox met with
Teixeira"), a contract offered or agreed ("the Nationals offered Teixeira an eight-year contract"), a coach
criticising a referee, a chairman accusing a striker of cheating, an offer refused. Such an act has two
resolved sides, and a meeting that is no fixture (a match, a visit or a trip to the ground). Called by the
sense judge's cooperative part (extract/sense_cooperative.py) before it drops a sport story's act.
"""
from __future__ import annotations

from ..wordlists import words
from .sense_words import lemma_in

# verbal cooperation and conflict between people: what players, clubs, agents and officials do off the field
OFF_FIELD = frozenset({"CONSULT", "AGREE", "ACCUSE", "REJECT", "REQUEST"})
FIXTURES = words("sport_fixtures")
# whom a player beats, fends off or shrugs off: play ("shrugged off her rival", "rejected the challenger")
OPPONENTS = words("sport_opponents")
# a call to the squad, not to court: "summoned Phil Neville after Bridge pulled out"
SQUAD_CALLS = words("squad_calls")
COMMERCE = words("commerce_verbs")


def off_field(c) -> bool:
    """The candidate is a dealing between two resolved sides of a sport story, not the game (see the module)."""
    trigger = c.trigger
    if c.type not in OFF_FIELD or c.subject is None or c.object is None or trigger.lemma_.lower() == "be":
        return False        # (a copula names no act: "I doubt he will be far behind")
    if c.type == "CONSULT" and lemma_in(trigger, FIXTURES) and not met_with(trigger):
        return False        # "Chelsea meet Barcelona", "the trip to Ireland"
    if any(lemma_in(t, OPPONENTS) for t in (c.object_tok, *(x for x in trigger.children if x.dep_ == "dobj"))) \
            or c.type == "ACCUSE" and lemma_in(trigger, SQUAD_CALLS):
        return False
    # an offer to buy the club is a takeover bid, trade (extract/sense_cooperative.py drops trade elsewhere)
    return not (c.type == "AGREE" and any(lemma_in(x, COMMERCE) for x in trigger.children if x.dep_ in ("acl", "relcl", "xcomp")))


def met_with(trigger) -> bool:
    """A verb of meeting "with" someone ("met with the Red Sox owner"): talks; "meet Barcelona" is a match."""
    return trigger.pos_ == "VERB" and any(p.dep_ == "prep" and p.lower_ == "with" for p in trigger.children)
