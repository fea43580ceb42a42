"""Who the text states did an attack, by an agent phrase on the act, its weapon or a verb of blame:
"a roadside bomb planted by the Taliban", "killed by Israeli missiles", "the attack, carried out by
Boko Haram", "a raid blamed on JNIM", "was shot and killed by gunmen". Used by
extract/responsibility.py to name the attacker of an attack stated without one."""
from __future__ import annotations

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, actors_of, entity_type, is_passive
from .frames import Candidate
from .sense import attack_means
from .targets import SITE_HOLDERS, forces_of

# participles that name who is behind an attack: "a raid blamed on X", "an ambush claimed by X"
BLAMING = words("agent_phrases_blaming")
# "the attack, carried out by X", "a bombing staged by X": who did the act the noun names
PERPETRATING = words("perpetrating_verbs")
# participles that tie a weapon to whoever used it: "a bomb planted by the Taliban"
WIELDING = words("weapon_wielding_verbs")


def agent_of(verb, res: KnownActors) -> tuple[str, object] | None:
    """The actor of a passive's "by" phrase: "planted by the Taliban"."""
    return first_actor((p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), res)


def first_actor(phrases, res: KnownActors) -> tuple[str, object] | None:
    """The first actor the noun phrases name, in their order, with its token."""
    for pobj in phrases:
        found = actors_of(pobj, res)
        if found:
            return found[0]
    return None


def weapon_agent(subject_tok, res: KnownActors) -> tuple[str, object] | None:
    """"a roadside bomb planted by the Taliban", "rockets fired by Hezbollah": who used the weapon."""
    if subject_tok is None or not attack_means(subject_tok):
        return None
    # "a bomb planted by X", "the bomb, which was planted by X"
    for acl in (c for c in subject_tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in WIELDING):
        found = agent_of(acl, res)
        if found is not None:
            return found
    return weapon_owner(subject_tok, res)


# what a weapon's modifier may name as the one who used it: a state, a force or an armed group (not
# a place: "Gaza rockets" are fired from Gaza, by no one the place names)
WEAPON_OWNER_TYPES = frozenset({"COUNTRY", "GOVERNMENT", "MILITARY", "ARMED_GROUP"})


def weapon_owner(weapon, res: KnownActors) -> tuple[str, object] | None:
    """"hit by police bullets", "killed by two Israeli missiles", "Hamas rockets struck the town": a
    force, state or armed group named before the weapon (or owning it) used it; a thing named
    there ("a car bomb", "rubber bullets") is none."""
    for mod in (m for m in weapon.lefts if m.dep_ in ("compound", "amod", "poss")):
        sector = SITE_HOLDERS.get(mod.lemma_.lower())
        if sector is not None and mod.pos_ in ("NOUN", "ADJ"):
            return forces_of(weapon, mod, sector, res), mod
        key = actor_of(mod, res)
        if key and entity_type(key, res) in WEAPON_OWNER_TYPES:
            return key, mod
    return None


def perpetrator(trigger, res: KnownActors) -> tuple[str, object] | None:
    """"The attack, carried out by Boko Haram, killed 30", "a bombing staged by the PKK": the agent
    of a participle of doing on the attack noun."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    for acl in (c for c in trigger.children if c.dep_ == "acl" and c.lemma_.lower() in PERPETRATING):
        found = agent_of(acl, res)
        if found is not None:
            return found
    return None


def take_blamed(c: Candidate, res: KnownActors) -> None:
    """The attacker an attack is blamed on is its actor, not its target ("police blamed the ambush
    on Boko Haram"); a raid blamed on an armed group is an attack, not a police raid."""
    found = blamed_on(c.trigger, res)
    if found is None:
        return
    c.subject, c.subject_tok = found
    if c.object == found[0]:
        c.object, c.object_tok = None, None
    if c.type == "COERCE" and entity_type(found[0], res) == "ARMED_GROUP":
        c.type = "ASSAULT"


def blamed_on(trigger, res: KnownActors) -> tuple[str, object] | None:
    """"a raid blamed on JNIM", "an attack attributed to ISIS", "an ambush claimed by the Taliban",
    "police blamed the ambush on Boko Haram": whom the participle or verb of blame names."""
    for verb in blaming_verbs(trigger):
        if verb.lemma_.lower() == "claim":
            return agent_of(verb, res)
        found = first_actor(blamed_phrases(verb, trigger), res)
        if found is not None:
            return found
    return None


def blaming_verbs(trigger) -> list:
    """The verbs of blame an attack noun hangs on or bears: "a raid blamed on X", "blamed the ambush
    on X", "the ambush was blamed on X", "the attack was claimed by X"."""
    verbs = [c for c in trigger.children if c.dep_ == "acl" and c.lemma_.lower() in BLAMING]
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in BLAMING - {"claim"}:
        verbs.append(trigger.head)
    if trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in BLAMING:
        verbs.append(trigger.head)
    return verbs


def blamed_phrases(verb, attack=None) -> list:
    """The nouns of the "on" or "to" phrase of a verb of blame ("blamed the attack on X", "attributed
    to X"), wherever the parser hung it: on the verb, or, when the attack is the verb's own object or
    subject, on the attack noun or a noun of its phrase ("blamed the bombing of the line on X"). The
    last first: an earlier "on" is the attack's target ("blamed the attack on the embassy on X"). With
    no attack (None), the verb's own phrases."""
    heads = [verb, *(t for t in attack.subtree if t.pos_ in ("NOUN", "PROPN"))] \
        if attack is not None and attack.head.i == verb.i else [verb]
    return sorted((x for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                   for x in p.children if x.dep_ == "pobj"), key=lambda x: -x.i)


def blamed_doer(c: Candidate) -> bool:
    """Whether the attack's doer is the one a verb of blame names ("police blamed the bombing on
    separatists", "a raid blamed on JNIM"): an accusation, so the attack is alleged; a claim of
    responsibility ("claimed by X") is the doer's own word and is not."""
    tok = c.subject_tok
    return tok is not None and any(p.left_edge.i <= tok.i <= p.right_edge.i for v in blaming_verbs(c.trigger)
                                   if v.lemma_.lower() != "claim" for p in blamed_phrases(v, c.trigger))


def shared_agent(trigger, res: KnownActors) -> tuple[str, object] | None:
    """"a man was shot and killed by gunmen": coordinated passives share the agent the last states."""
    if not is_passive(trigger) or any(c.dep_ == "agent" for c in trigger.children):
        return None
    for conj in trigger.conjuncts:
        if is_passive(conj) or conj.tag_ == "VBN":
            found = agent_of(conj, res)
            if found is not None:
                return found
    return None
