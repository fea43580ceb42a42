"""The attacker of a story that names one: news names who attacked once and tells the attack in
the sentences around it without naming them again ("A former employee opened fire at the office
party, killing his boss. ... One man was shot and killed"; "the murders of his mother and sister").
An attack stated without its attacker, near an attack of the same story with both its attacker and
its victim named, is by that attacker when the story names no other attacker, the attacker is no
victim in it, and it fights no armed side (where soldiers and pirates or police and gunmen meet,
either may have fired). Only words that name violence in every use: not "was hit" or "captured"."""
from __future__ import annotations

from ..doctext import doc_text
from ..resolve.participants import COLLECTIVE_TYPE
from .actors import KnownActors
from .arguments import entity_type
from .frames import Candidate
from .quantities import is_people
from .sense import LITERAL, NOT_ACTORS, SECURITY, SIDE_LABELS, not_an_actor

# how many sentences before or after an attack with its attacker an unattributed one may be
REACH = 3
# words of violence besides the literal ones that have no other sense in a story of violence
# ("executed a raid" carries one out)
VIOLENCE = LITERAL - {"execute"} | frozenset({"shoot", "shooting", "gun", "fire", "slay", "slaying", "attack", "assault"})
# sides that fight back: in their story an attack stated without its attacker may be theirs
ARMED = frozenset({"ARMED_GROUP", "MILITARY"})


def story_attacker(candidates: list[Candidate], res: KnownActors) -> None:
    """Give attacks stated without their attacker the one attacker the story names near them."""
    attacks = [c for c in candidates if c.type == "ASSAULT" and not (c.frame is not None and c.frame.symmetric)]
    named = [c for c in attacks if c.subject is not None and c.object is not None and c.subject != c.object
             and not not_an_actor(c.subject_tok)]
    attackers = {c.subject for c in named}
    if len(attackers) != 1:
        return      # no attacker named, or more than one
    attacker = next(iter(attackers))
    if hazard(attacker, named[0].trigger.doc, res) or any(c.object == attacker for c in attacks) or any(
            c.type in ("ASSAULT", "COERCE") and c.subject == attacker and entity_type(c.object, res) in ARMED
            for c in candidates):
        return      # the attacker is attacked too, or fights an armed side
    order = {start: n for n, start in enumerate(sorted({c.trigger.sent.start for c in candidates}))}
    told = {order[c.trigger.sent.start] for c in named}
    for c in attacks:
        if c.subject is not None or c.subject_tok is not None or c.object == attacker \
                or c.trigger.lemma_.lower() not in VIOLENCE and c.trigger.lower_ not in VIOLENCE \
                or modifier_doer(c.trigger, res) or same_side(attacker, c.object, res) \
                or any(not_an_actor(t) and (t.dep_ == "nsubj" or t.head.dep_ == "agent") for t in c.trigger.sent):
            continue    # a quake or a storm doing something in the sentence may be what killed
        if any(abs(order[c.trigger.sent.start] - n) <= REACH for n in told):
            c.subject = attacker   # named in another sentence: no subject token here


def modifier_doer(noun, res: KnownActors) -> bool:
    """An attack noun whose own modifier names a doer ("a pirate attack", "Israeli shelling", "the
    rebels' raid"; not "the Kabul attack", a place): the attacker is stated, and may be another."""
    for m in noun.lefts:
        if m.dep_ not in ("compound", "amod", "poss"):
            continue
        key = res.token_entity.get(m.i)
        if key is not None and entity_type(key, res) != "LOCATION" or is_people(m) or m.ent_type_ in SIDE_LABELS \
                or m.lemma_.lower() in SECURITY or COLLECTIVE_TYPE.get(m.lemma_.lower()) in ARMED:
            return True
    return False


def same_side(attacker: str, victim: str | None, res: KnownActors) -> bool:
    """The victim is the attacker's own state or force ("Israelis killed" in a story of Israeli
    strikes): its losses were inflicted by the other side."""
    a, v = res.entities.get(attacker), res.entities.get(victim) if victim else None
    if a is None or v is None:
        return False
    return a.parent == victim or v.parent == attacker or a.country is not None and a.country == v.country


def hazard(key: str, doc, res: KnownActors) -> bool:
    """An actor the story calls a storm or a disease ("Hurricane Mitch", then "Mitch killed")."""
    entity = res.entities.get(key)
    if entity is None:
        return False
    names = {entity.name, *entity.aliases}
    return any(w.lower() in NOT_ACTORS for n in names for w in n.split()) or any(
        f"{word.capitalize()} {name}" in doc_text(doc) for word in NOT_ACTORS for name in names)
