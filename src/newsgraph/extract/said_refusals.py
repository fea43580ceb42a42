"""Refusals a speaker states (PLOVER REJECT), read from what it says rather than from a refusing verb.

- A permission an authority tells someone they will not get is its refusal of them: "the Home Office told
  him he would not be allowed a passport", "the ministry said the firm would not be granted a licence",
  "said his visa would not be issued" (the refused is the one not granted, or the owner of what is not
  issued). Only a state, a government or an armed side refuses so by saying; anyone else's "would not be
  allowed" is a forecast.
- A speaker who says it will not yield to demands refuses them even when the text leaves their maker
  unnamed: "Turkey insisted it would not bow to demands to recognise Cyprus" (REJECT by Turkey).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..wordlists import words
from .actors import KnownActors
from .arguments import actor_of, entity_type, is_passive
from .frames import Candidate, maker_of
from .sense_words import STATES
from .statements import SELF_PRONOUNS, speaker_of

YIELDING = words("statement_yielding_verbs")
PERMITTING = words("permitting_verbs")
TELLING = words("said_threat_verbs") | {"write", "inform"}
DEMANDS = words("yielded_demands")


def refused_permissions(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """REJECT by a state or government of the one it says will not be allowed or granted something (see
    the module's doc), anchored on the telling: the "not" belongs to the permission, not the refusal."""
    for verb in tokens.verbs:
        if verb.lemma_.lower() not in PERMITTING or verb.dep_ != "ccomp" or not is_passive(verb) \
                or not any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
            continue
        said = verb.head
        if said.lemma_.lower() not in TELLING or any(c.dep_ == "neg" for c in said.children):
            continue
        speaker = speaker_of(said, res, attributor) or speaker_of(said.head, res, attributor) \
            if said.dep_ in ("advcl", "conj") else speaker_of(said, res, attributor)
        if speaker is None or entity_type(speaker[0], res) not in STATES:
            continue
        refused = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if refused is not None and actor_of(refused, res) is None:
            refused = next((p for p in refused.children if p.dep_ == "poss"), None)   # "his visa"
        key = actor_of(refused, res) if refused is not None else None
        if key is not None and key != speaker[0] and not key.startswith("OTHER:"):
            yield Candidate("REJECT", said, speaker[0], key, speaker[1], refused, None, said)


def demands_withstood(tokens, res: KnownActors, attributor) -> Iterator[Candidate]:
    """"X insisted it would not bow to demands (from Y)": REJECT by the speaker of the demands' maker, if
    named ("demands from the EU", "Washington's demands"), else of nobody named."""
    for act in tokens.verbs:
        said = act.head
        if act.dep_ != "ccomp" or act.lemma_.lower() not in YIELDING or not any(c.dep_ == "neg" for c in act.children) \
                or said.lemma_.lower() not in TELLING or any(c.dep_ == "neg" for c in said.children):
            continue
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
        demand = next((o for o in refused_things(act) if o.lemma_.lower() in DEMANDS), None)
        speaker = speaker_of(said, res, attributor) if subj is not None and demand is not None else None
        if speaker is None or not (subj.lower_ in SELF_PRONOUNS or actor_of(subj, res) == speaker[0]):
            continue
        okey, otok = maker_of(demand, res, speaker[0])
        yield Candidate("REJECT", said, speaker[0], okey, speaker[1], otok if okey is not None else demand, None, said)


def refused_things(act) -> list:
    """What a yielding verb yields to: its object or the object of its preposition ("bow to demands")."""
    return [c for c in act.children if c.dep_ == "dobj"] + [
        o for p in act.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
