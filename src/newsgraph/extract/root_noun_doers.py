"""The doer of an attack the parser hung on its subject as a modifier: "A man stabbed Tom Pryce in
a pub" parsed as a noun phrase, the man its root and "stabbed" a past-tense verb modifying him.
A reduced relative is a participle ("a man stabbed in a pub was named": VBN) and its noun has a
role in a clause; a past-tense verb on a sentence's root noun is that noun's own act."""
from __future__ import annotations

from .actors import KnownActors
from .arguments import actor_of, generic_actor
from .attack_agents import described_people
from .frames import Candidate


def root_noun_doer(c: Candidate) -> object | None:
    """The root noun a candidate's past-tense trigger hangs on, when the parser made the sentence a
    noun phrase ("A man stabbed Tom Pryce", 'man' the root, 'stabbed' a VBD modifier)."""
    verb = c.trigger
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.head.dep_ != "ROOT" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(x.dep_ in ("nsubj", "nsubjpass", "auxpass") for x in verb.children):
        return None
    return verb.head


def misparsed_doer(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The attacker of `c` (see `root_noun_doer`), named or described."""
    head = root_noun_doer(c)
    if head is None:
        return None
    key = actor_of(head, res) or generic_actor(head, res) or described_people(head, res, doer=True)
    return (key, head) if key is not None and key != c.object else None
