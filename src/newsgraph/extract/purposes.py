"""Acts told as the purpose of another act: what is done "in order to", "so as to" or "so that"
something else happens ("cut spending in order to get bailout loans from the EU", "invoked the
prerogative in order to withdraw the men's passports", "held the strike so that Greece can get a
bailout") is aimed at, not done. The contract codes an act not (yet) done as certainty "possible"
(PLOVER's hypothetical mode), so the event stays with that certainty instead of being stored as done.

A bare infinitive of purpose ("sent troops to help") is left alone: measured in session 9, it costs
held-out recall, as the dev gold counts many such purposes (help sent) as done."""
from __future__ import annotations

from dataclasses import replace

from ..model import Event

# the noun of "in order to" and the marks of "so as to", "so that"
ORDER = "order"
SO = "so"
SO_SECOND = frozenset({"as", "that"})
# how a noun trigger hangs under the verb of its clause ("to get bailout loans", "a bailout was sought")
NOUN_SLOTS = frozenset({"dobj", "nsubjpass", "nsubj", "attr"})
UNDONE = frozenset({"possible"})


def purposed(event: Event, trigger) -> Event:
    """The event with certainty "possible" when its trigger's clause is a purpose; else the event."""
    if trigger is None or event.negated or event.certainty in UNDONE or not purpose_clause(trigger):
        return event
    return replace(event, certainty="possible")


def purpose_clause(trigger) -> bool:
    """The trigger's verb, or a verb it is joined to, is introduced by "in order to", "so as to" or
    "so that"."""
    verb = trigger
    if verb.pos_ in ("NOUN", "PROPN"):
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head       # "to get loans from the IMF": the loans' verb, through a preposition
        elif verb.dep_ in NOUN_SLOTS:
            verb = verb.head
        else:
            return False
    for _ in range(3):
        if in_order_to(verb) or so_marked(verb):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head        # "in order to arrest and prosecute them": both acts share the purpose
    return False


def in_order_to(verb) -> bool:
    """"in order to get": the verb is an infinitive on "order", the object of "in"."""
    head = verb.head
    return verb.dep_ == "acl" and head.lower_ == ORDER and head.dep_ == "pobj" and head.head.lower_ == "in" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def so_marked(verb) -> bool:
    """"so as to assist", "so that Greece can get": the verb's marks are "so" and "as" or "that"."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return SO in marks and any(m in SO_SECOND for m in marks)
