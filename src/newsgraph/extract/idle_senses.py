"""Verbs of the lexicon in a sense or a clause that states no act between actors (called by
idle_acts.idle, after every construction has spoken):

- blame laid on a circumstance ("the airline blamed the delays on a shortage of controllers",
  "the union blamed the closures on the end of textile quotas"): a cause named, nobody accused;
  when the "on" phrase names an actor, faulted_doers.blamed_on has already made it the accused;
- seeking a person ("police are seeking a man seen near the bank", "the official he was seeking"):
  a search for someone, not a request made to anyone (PLOVER REQUEST asks something of an actor:
  "sought the court's approval", "seeks damages from the firm" stay);
- a worker suspended with no one named who suspends ("a hospital nurse suspended over her blog
  posts"), or a person suspended by a firm or an employer ("the airline suspended the pilot without pay",
  "was suspended by his employers"): an employer's discipline of an employee, no sanction between
  actors (the audit's convention); a suspension by a party, a league or a regulator stays;
- a threat in a relative clause that tells what any one of a kind does ("schools may expel pupils who
  threaten teachers", "landlords who threaten tenants face fines"): a generic statement, no threat
  made (the sense judge keeps threats out of its test of unreal acts, as threats are made in modal
  words; mood.generic_clause is its test of generic clauses for every other type).
"""
from __future__ import annotations

from ..model import Event
from ..wordlists import words
from .agent_phrases import blamed_phrases
from .mood import generic_clause
from .quantities import is_people

# people named by their place on a payroll, whose suspension is an employer's discipline
EMPLOYEES = words("employee_nouns")
EMPLOYERS = words("employer_nouns")
SOUGHT = words("sought_people")
PERSONAL = words("people_object_pronouns")
PEOPLE_PRONOUNS = PERSONAL | {"he", "she", "they"}
# names of no actor a harm is blamed on: a storm, a climate pattern, a date ("blamed the floods on Storm
# Ciaran", "blamed the warm winter on El Nino")
NAMED_CIRCUMSTANCES = frozenset({"EVENT", "LOC", "DATE", "LAW", "PRODUCT", "WORK_OF_ART"})


def idle_sense(event: Event, trigger) -> str | None:
    """The name of the rule that finds the trigger's verb in a sense that is no act, or None."""
    if trigger.pos_ != "VERB":
        return None
    if event.type == "THREATEN" and generic_clause(trigger):
        return "generic threat"
    lemma = trigger.lemma_.lower()
    if event.type == "ACCUSE" and lemma == "blame" and blamed_on_circumstance(event, trigger):
        return "blamed on a circumstance"
    if event.type == "REQUEST" and lemma == "seek" and sought_person(trigger):
        return "seeking a person"
    if event.type == "SANCTION" and lemma == "suspend" and (event.subject is None and suspended_worker(trigger)
                                                            or suspended_by_employer(trigger)):
        return "worker suspended"
    return None


def blamed_on_circumstance(event: Event, trigger) -> bool:
    """"Blamed the fall in sales on weak demand", "blamed the floods on Storm Ciaran": a thing blamed on a
    cause that holds no actor (with an actor there, the accusation already has its accused)."""
    if event.object is not None:
        return False
    thing = next((o for o in trigger.children if o.dep_ == "dobj"), None)
    causes = blamed_phrases(trigger, thing) if thing is not None else []
    return bool(causes) and not any(is_people(c) or c.pos_ == "PRON" or c.pos_ == "PROPN"
                                    and c.ent_type_ not in NAMED_CIRCUMSTANCES for c in causes)


def sought_person(trigger) -> bool:
    """"Are seeking a man", "the man he was seeking": the one sought is a person, asked for nothing."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return False
    sought = [c for c in trigger.children if c.dep_ == "dobj"]
    if not sought and trigger.dep_ == "relcl":
        sought = [trigger.head]
    return any(is_people(s) or s.lemma_.lower() in SOUGHT or s.lower_ in PERSONAL for s in sought)


def suspended_worker(trigger) -> bool:
    """"A plant worker suspended for feuding", "the employee was suspended": the one suspended is
    named by a word of employment."""
    sides = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ in ("acl", "relcl"):   # "a worker suspended for", "a worker who had been suspended"
        sides.append(trigger.head)
    return any(s.lemma_.lower() in EMPLOYEES for s in sides)


def suspended_by_employer(trigger) -> bool:
    """"the airline suspended the pilot", "was suspended by his employers": a person suspended by a firm or an
    employer (a word of employers as the doer or the last word of its name), not flights, trading or a licence."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj")]   # "was suspended and sued by his employers"
    doers = [c for c in trigger.children if c.dep_ == "nsubj"]
    doers += [o for v in verbs for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    suspended = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ == "conj" and not suspended:   # "X was a trader, but was suspended and sued by ...": X
        suspended = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(d.lemma_.lower() in EMPLOYERS or d.lower_ in EMPLOYERS for d in doers) \
        and any(s.lower_ in PEOPLE_PRONOUNS or s.ent_type_ == "PERSON" or is_people(s) or s.lemma_.lower() in EMPLOYEES
                for s in suspended)
