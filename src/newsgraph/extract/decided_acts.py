"""The doer of an act told as a decision's infinitive: "Russia's decision to bar foreign firms from
tenders" bars them by Russia; "the move by Ghana to expel the traders" expels them by Ghana. An event
made with no subject, whose trigger is such an infinitive and whose decision's owner is named and
resolved, takes the owner as subject (gate.gated, after every construction has spoken). Owners are
not used to make new events: on bench text these nouns' infinitives were as often acts of no news
("the decision to stand down")."""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from ..wordlists import words
from .lexicon import lexicon

DECISIONS = frozenset(words("decision_nouns"))


def decision_owner(trigger):
    """The token naming the owner of the decision whose infinitive `trigger` is: the noun's possessor
    ("Russia's decision to bar"), not a pronoun (most often another's: "its decision"), or its "by"
    phrase ("the move by Ghana to expel"); or None. A noun the infinitive carries as a light verb's
    object stands for it ("the EU's decision to impose tariffs on China")."""
    act = trigger
    if act.pos_ == "NOUN" and act.dep_ == "dobj" and act.head.lemma_.lower() in lexicon().light_verbs:
        act = act.head
    while act.dep_ == "conj" and act.head.i != act.i and act.pos_ == "VERB":
        act = act.head
    if act.dep_ != "acl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return None
    noun = act.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DECISIONS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return owner if owner is not None else next(
        (o for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" and p.i < act.i
         for o in p.children if o.dep_ == "pobj"), None)


def decided_by_owner(event: Event, trigger, res) -> Event:
    """The event with the decision's resolved owner as subject when it has none; else the event."""
    if event.subject is not None or trigger is None:
        return event
    owner = decision_owner(trigger)
    key = res.entity_at(owner.i) if owner is not None else None
    if key is None or key == event.object:
        return event
    return replace(event, subject=key, subject_text=owner.text)
