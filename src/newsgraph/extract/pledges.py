"""Promises of a policy and lets that concede nothing.

PLOVER AGREE covers a promise to cooperate ("donors promised to give $2bn to the flood victims": a
future AID) and one made to someone ("promised the archbishop to strengthen the bill"); CONCEDE is a
concession one actor yields to another ("Israel allowed Egypt to deploy troops"). A campaign pledge or a
government's promise of its own policy, made to no one ("vowed to cut taxes", "has promised to halve the
deficit"), agrees nothing with anyone, and a policy that will let a class of people do something ("will
allow 200,000 tenants to buy their homes") yields nothing to an adversary: neither is an event. Nor is a
let whose one let is a thing ("allowed oil drilling in the delta", "allowing bribery to flourish").
Called by the sense judge (extract/sense.py).
"""
from __future__ import annotations

from ..wordlists import words
from .entity_lookup import ACTOR_LABELS
from .everyday import no_one
from .frames import frame_for_verb
from .letting import letting
from .lexicon import lexicon
from .quantities import is_people

PROMISING = words("promising_verbs")
# nouns of bodies that act: "the company", "the firms", "the ministry" (resolve's body heads)
BODIES = words("body_heads")
PLEDGING = words("pledging_auxiliaries")
AGENT_ENDINGS = tuple(words("agent_noun_endings"))
# what a promise may promise and still be an agreement: cooperation to come (PLOVER AGREE)
COOPERATION = frozenset({"AID", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE", "CONSULT", "AGREE"})


def pledge(c) -> bool:
    """A promise made to no one whose promised act is no cooperation: "vowed to scrap tuition fees",
    "has promised to halve the deficit" (not "promised to give aid", nor "promised her ...")."""
    if c.type != "AGREE" or c.object is not None or c.trigger.pos_ != "VERB" \
            or c.trigger.lemma_.lower() not in PROMISING:
        return False
    act = promised_act(c.trigger)
    if act is None or promised_to_someone(act):
        return False
    # the cooperation may be the aim of the promised act: "pledged to work towards lifting the ban"
    return not any(t.pos_ == "VERB" and cooperation(t) for t in act.subtree)


def cooperation(verb) -> bool:
    """The verb states cooperation in the lexicon ("give", "lift" a ban, "help")."""
    frame, _ = frame_for_verb(verb, lexicon())
    return frame is not None and frame.type in COOPERATION


def promised_to_someone(act) -> bool:
    """The promised act has someone it is done to or for: "promised to repay its debt to the IMF"."""
    done_to = [x for x in act.children if x.dep_ in ("dobj", "dative")]
    done_to += [o for p in act.children if p.dep_ == "prep" and p.lower_ in ("to", "for", "with")
                for o in p.children if o.dep_ == "pobj"]
    return any(t.ent_type_ in ACTOR_LABELS or is_people(t) for t in done_to)


def promised_act(verb):
    """The verb of what is promised: "vowed to cut taxes" -> cut, "pledged that it would cut" -> cut."""
    return next((x for x in verb.children if x.dep_ in ("xcomp", "ccomp") and x.pos_ in ("VERB", "AUX")), None)


def idle_let(c) -> bool:
    """A let that concedes nothing: what is let is a thing ("allowed oil drilling in the delta",
    "allowing Egyptian goods free access"), or a future policy that will let a class of people, not a
    named actor ("will allow 200,000 tenants to buy their homes"; "will allow Egypt to" stays)."""
    verb = c.trigger
    if c.type != "CONCEDE" or verb.pos_ != "VERB" or not letting(verb):
        return False
    let = [x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")]
    let += [s for x in verb.children if x.dep_ in ("xcomp", "ccomp") for s in x.children if s.dep_ == "nsubj"]
    if c.object_tok is not None:
        let.append(c.object_tok)
    if not let:
        return False
    if all(thing_let(t) for t in let):
        return True
    return pledged(verb) and not any(t.pos_ == "PROPN" and t.ent_type_ in ACTOR_LABELS for t in let)


def thing_let(tok) -> bool:
    """A common noun for no one: "drilling", "evidence", "goods" (not "the company", "observers", "them")."""
    return no_one(tok) and not agents(tok) and tok.lemma_.lower() not in BODIES and tok.lower_ not in BODIES \
        and not any(x.dep_ in ("compound", "amod") and x.ent_type_ in ("PERSON", "ORG", "GPE") for x in tok.children)


def agents(tok) -> bool:
    """A plural noun of people by what they do: "observers", "inspectors", "residents", "tenants". A
    short "-ers" word is mostly a thing ("powers", "papers", "orders"): only a longer one counts."""
    word = tok.lower_
    return tok.tag_ == "NNS" and (word.endswith(AGENT_ENDINGS) or word.endswith("ers") and len(word) >= 8)


def pledged(verb) -> bool:
    """"will allow", "won't allow", "would let": the act is a policy to come."""
    return any(x.dep_ == "aux" and x.lower_ in PLEDGING for x in verb.children)
