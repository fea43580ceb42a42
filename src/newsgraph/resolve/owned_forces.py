"""Forces a possessive pronoun gives an owner: "the Taliban said its fighters attacked", "Israel says
those killed by its forces were fighters", "the rebels said their fighters shot down a helicopter", when they act.
The pronoun is resolved by coreference; its forces are the owner's (an armed group's fighters are
the group, as "Taliban fighters" are; a state's forces are its military), not a collective of their
own nor the forces of the place they are in ("its forces in Gaza")."""
from __future__ import annotations

from dataclasses import replace

from ..doctext import tokens_with_lower
from ..model import ARMED_TYPES
from ..wordlists import words
from .gazetteer import Gazetteer
from .resolution import ResolutionDraft, entity_for_actor

# nouns of those who fight for an owner ("its fighters", "their troops", "its warplanes")
FORCES = words("forces_nouns") | {"fighter", "militant", "gunman", "militiaman", "warplane", "jet"}
POSSESSIVES = words("impersonal_possessives")


def _owner_forces(key: str, res: ResolutionDraft, gaz: Gazetteer) -> str | None:
    ent = res.entities.get(key)
    if ent is None:
        return None
    if ent.type in ARMED_TYPES:   # owners whose fighters are themselves; a state's are its military
        return key
    if ent.type == "COUNTRY" and key.startswith("gaz:"):
        military = gaz.sector(key[4:], "military")
        if military is not None:
            res.entities.setdefault(military.key, entity_for_actor(military))
            return military.key
    return None


def acting(head) -> bool:
    """Forces that act, as a clause's subject or a passive's agent ("its fighters attacked", "killed by
    its forces"); forces moved or withdrawn are what a state moves ("withdraw its troops"), and the
    state stays the side such a phrase names."""
    return head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "pobj" and head.head.dep_ == "agent"


def give_forces_owners(doc, gaz: Gazetteer, res: ResolutionDraft) -> None:
    """Send "its fighters", "their forces" to the owner the resolved pronoun names (see the module)."""
    for pron in (doc[i] for i in tokens_with_lower(doc, POSSESSIVES)):
        if pron.dep_ != "poss" or pron.i not in res.token_entity:
            continue
        head = pron.head
        if head.lemma_.lower() not in FORCES or any(t.pos_ == "PROPN" for t in head.subtree if t.i <= head.i) \
                or not acting(head):
            continue
        owner = _owner_forces(res.token_entity[pron.i], res, gaz)
        if owner is None:
            continue
        lo, hi = head.idx, head.idx + len(head.text)
        res.mentions[:] = [replace(m, entity=owner) if m.start <= lo and hi <= m.end else m for m in res.mentions]
        if head.i not in res.mention_head:
            res.add_mention(doc[head.i:head.i + 1], res.entities[owner], "coreference: forces of their owner",
                            label="COREF", alias=False)
        for i in range(head.left_edge.i, head.i + 1):
            if i != pron.i and (i in res.token_entity or i == head.i):
                res.token_entity[i] = owner
        res.mention_head[head.i] = owner
