"""A stand that calls an actor, or an actor's conduct, something less than it claims to be: "Charles
Kennedy dismissed the Conservatives as a fading force", "an election dismissed by critics as a sham".
PLOVER REJECT is the refusal of a proposal, demand or claim put to the one who refuses ("dismissed
the pay plan as desperate" stays REJECT); disparaging an actor or what it did is criticism, PLOVER
ACCUSE, so the event is retyped."""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from ..wordlists import words
from .entity_lookup import ACTOR_LABELS
from .quantities import is_people

DISPARAGING = words("disparaging_verbs")
CONDUCT = words("conduct_nouns")
# what an actor puts forward, named as a thing of its own ("Gordon Brown's Budget"): dismissing it is a rejection
PROPOSED = words("owned_documents") | words("public_matter_nouns")


def disparaged(event: Event, trigger) -> Event:
    """A rejection by "dismissed X as Y" whose X is an actor or its conduct, as an accusation; else the event."""
    if event.type != "REJECT" or trigger is None or trigger.lemma_.lower() not in DISPARAGING:
        return event
    if not as_phrase(trigger):
        return event
    thing = dismissed_thing(trigger)
    if thing is None or not (actor_word(thing) or thing.lemma_.lower() in CONDUCT or thing.lower_ in CONDUCT):
        return event
    return replace(event, type="ACCUSE")


def as_phrase(trigger) -> bool:
    """"as a sham": an "as" phrase on the verb, or on its agent ("dismissed by critics as a sham")."""
    return any(t.dep_ == "prep" and t.lower_ == "as" and (t.head.i == trigger.i or t.head.head.head.i == trigger.i)
               for t in trigger.subtree)


def dismissed_thing(trigger):
    """What is dismissed: the verb's object, a passive's subject, or the noun a participle describes
    ("an election hailed by the government but dismissed by critics")."""
    own = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if own is not None:
        return own
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    # a participle after its noun read as a clause of the verb above ("voted in balloting heralded by the
    # authorities but dismissed by critics as a sham"): the noun just before it
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and before is not None and (before.pos_ == "NOUN" or before.dep_ == "pobj") \
            and not any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return before
    return None


def actor_word(tok) -> bool:
    """A name of an actor or people ("the Conservatives", "the rebels"), not a plan or a budget named so."""
    return (tok.ent_type_ in ACTOR_LABELS or is_people(tok)) and tok.lemma_.lower() not in PROPOSED \
        and tok.lower_ not in PROPOSED
