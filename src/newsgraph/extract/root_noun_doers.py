"""The doer of an attack the parser hung on its subject as a modifier: "A man stabbed Tom Pryce in
a pub" parsed as a noun phrase, the man its root and "stabbed" a past-tense verb modifying him.
A reduced relative is a participle ("a man stabbed in a pub was named": VBN) and its noun has a
role in a clause; a past-tense verb on a sentence's root noun is that noun's own act, and so is a participle with
a direct object of its own."""
from __future__ import annotations

from .actors import KnownActors
from .arguments import actor_of, generic_actor
from .attack_agents import described_people
from .frames import Candidate


def root_noun_doer(c: Candidate) -> object | None:
    """The root noun a candidate's past-tense trigger hangs on, when the parser made the sentence a
    noun phrase ("A man stabbed Tom Pryce", 'man' the root, 'stabbed' a VBD modifier)."""
    verb = c.trigger
    # a participle that has its own direct object is no reduced passive either: "The militants, who
    # stormed the town, killed ten people" ('killed' a VBN on 'militants', 'people' its object)
    past = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(x.dep_ == "dobj" for x in verb.children)
    head = verb.head
    if verb.tag_ == "VBN" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.dep_ == "ROOT":
        head = head.head.head   # "Gunmen on motorbikes sprayed bullets": hung on the root's own phrase
    if verb.dep_ != "acl" or not past or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(x.dep_ in ("nsubj", "nsubjpass", "auxpass") for x in verb.children):
        return None
    return head


def misparsed_doer(c: Candidate, res: KnownActors) -> tuple[str, object] | None:
    """The attacker of `c` (see `root_noun_doer`), named or described."""
    head = root_noun_doer(c)
    if head is None:
        return None
    key = actor_of(head, res) or generic_actor(head, res) or described_people(head, res, doer=True)
    if key is not None and key == c.object and c.object_tok is not None and c.object_tok.i == head.i:
        c.object, c.object_tok = None, None   # taken for the participle's patient: it is the doer
    return (key, head) if key is not None and key != c.object else None
