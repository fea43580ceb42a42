"""An attack a story names again by a definite noun just after telling it with its attacker: "Separatist
rebels attacked a police post on Monday. The attack killed 12 policemen", "Taliban insurgents ambushed a
convoy. Four soldiers died in the ambush". The noun is that attack, and its attacker is the one told, even
where the attacker fights a state or an armed side (story_attackers leaves such stories alone: where two
sides fight, an attack stated bare may be either's). Only in a story where one side alone attacks and no one
attacks it, and only for a noun that points back ("the attack", "Monday's raid"; not "after the attack",
nor "a rebel ambush" with a doer of its own; not where a described attacker may be the person the
noun's sentence names, story_attackers.named_here); a bare passive ("Twelve policemen were killed") may be a
second incident and stays unattributed."""
from __future__ import annotations

from .actors import KnownActors
from .arguments import entity_type
from .frames import Candidate
from .sense import not_an_actor
from .story_attack_nouns import NOUNS, referring
from .story_attackers import VIOLENCE, charged_here, disowned, habit, hazard, modifier_doer, named_here, same_side

# how many sentences after the attack told with its attacker the noun may name it again
TOLD_BACK = 2


def told_back_attackers(candidates: list[Candidate], res: KnownActors) -> None:
    """Give a definite attack noun with no attacker the one attacker of the story, told on something
    in the same sentence or up to TOLD_BACK sentences before."""
    attacks = [c for c in candidates if c.type == "ASSAULT"]
    doers = {c.subject for c in attacks if c.subject is not None}
    if len(doers) != 1:
        return
    attacker = next(iter(doers))
    if entity_type(attacker, res) == "LOCATION" or hazard(attacker, attacks[0].trigger.doc, res) or any(
            c.object == attacker or c.frame is not None and c.frame.symmetric for c in attacks):
        return   # the attacker attacked, or sides that fight each other: either may have done it
    told = [c for c in attacks if c.subject == attacker and c.subject_tok is not None
            and not not_an_actor(c.subject_tok) and (c.object is not None or c.object_tok is not None)
            and not disowned(c.trigger)]
    order = {s.start: n for n, s in enumerate(attacks[0].trigger.doc.sents)}
    for c in attacks:
        noun = c.trigger
        if c.subject is not None or c.subject_tok is not None or noun.pos_ != "NOUN" or not referring(noun) \
                or noun.lemma_.lower() not in VIOLENCE | NOUNS or modifier_doer(noun, res) or habit(noun) \
                or c.object == attacker or same_side(attacker, c.object, res) \
                or named_here(attacker, c, res) or charged_here(attacker, c, res):
            continue
        here = order[noun.sent.start]
        before = tuple(t for t in told if 0 <= here - order[t.trigger.sent.start] <= TOLD_BACK and t.trigger.i < noun.i)
        if before:
            c.subject, c.told_by = attacker, before

