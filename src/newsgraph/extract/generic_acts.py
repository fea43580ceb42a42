"""Acts told of any one of a kind, done by no one in particular (called by idle_acts.idle, in the gate):

- a gerund that is its clause's subject, with no doer of its own, under a verb in the present or
  with a modal ("attacking civilians is a war crime", "simply blocking foreign visitors means that",
  "arresting the protesters would only inflame the crisis"): the act as a kind, weighed or judged,
  not one done; in the past ("killing the hostages was a mistake") it tells an act done, and stays;
- an act in a "when" or "where" clause opening the sentence, in the simple present, whose side is any one
  of a kind, before a main clause in the present or with a modal ("where an offender is convicted of
  murder, the court must pass a life sentence", "when a soldier kills a civilian, the army opens an
  inquiry"): a rule of what follows such an act, not an event; so is an act a noun of that clause names
  ("where an offender is convicted of murder": the murder) and the act of the main clause that follows it
  ("when an officer is charged with assault, he is suspended"), when the clause's subject is "a", "an",
  "any" or "every" one and the main clause is in the present or has a modal of rule (must, can, may, should).

A backer named in a hyphened modifier ("the Iranian-backed militia") is not dropped here: a state's
sponsorship of an armed group is coded SUPPORT by the development set's annotators.
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .mood import any_one, simple_present

PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# the words that open a clause of what happens whenever something is done
WHENEVER = words("generic_acts_whenever")
INDEFINITE = frozenset({"a", "an", "any", "every"})


def generic_act(event: Event, trigger) -> str | None:
    """The name of the rule that finds the event an act of a kind, or None."""
    if event.subject is None and gerund_subject(trigger):
        return "act as a kind"
    if rule_clause(trigger) or rule_clause(clause_verb(trigger)) or follows_rule(trigger):
        return "rule of what follows"
    return None


def clause_verb(trigger):
    """The verb whose object or prepositional object a noun trigger is ("convicted of murder" -> convicted,
    "commits a crime" -> commits); the trigger itself otherwise."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return trigger
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return head if trigger.dep_ == "dobj" and head.pos_ == "VERB" else trigger


def follows_rule(trigger) -> bool:
    """The main clause after a rule clause of one indefinite case, in the present or with a modal of rule:
    "when an officer is charged with assault, he is suspended", "where a defendant is convicted of murder,
    the judge must pass a life sentence": what the rule says follows, done to no one in particular."""
    main = clause_verb(trigger)
    if main.dep_ not in ("ROOT", "conj") or any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll")
                                                for a in main.children):
        return False
    return any(c.dep_ == "advcl" and rule_clause(c) and indefinite_case(c) for c in main.children)


def indefinite_case(verb) -> bool:
    """The clause's subject is "a", "an", "any" or "every" one of a kind ("a defendant", "any officer")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in subject.children)


def gerund_subject(trigger) -> bool:
    """"Attacking civilians is a war crime": a gerund subject with no doer, under a present or a modal."""
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.tag_ == "VBG" else trigger
    if verb.tag_ != "VBG" or verb.dep_ not in ("csubj", "csubjpass") or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("nsubj", "poss", "agent") for c in verb.children):
        return False
    governing = verb.head
    return governing.tag_ in PRESENT_TAGS or any(a.dep_ == "aux" and a.tag_ == "MD" for a in governing.children)


def rule_clause(trigger) -> bool:
    """"When a soldier kills a civilian, the army opens an inquiry", "where an offender is convicted, the court
    must": a clause of when or where opening the sentence, in the simple present, whose subject is "a", "an",
    "any" or "every" one of a kind, or a bare plural, before a main clause in the present or with a modal."""
    if trigger.dep_ != "advcl" or trigger.i > trigger.head.i or not simple_present(trigger):
        return False    # (the clause opens the sentence, before what follows from it)
    main = trigger.head
    if not (simple_present(main) or any(a.dep_ == "aux" and a.tag_ == "MD" for a in main.children)):
        return False    # what follows is a rule too: "the court must pass", "the army opens an inquiry"
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in WHENEVER for c in trigger.children):
        return False
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.ent_type_ == "" and (any_one(subject) or any(
        c.dep_ == "det" and c.lower_ in INDEFINITE for c in subject.children))
