"""Events whose words name an act that nobody did to anybody, read from the parse around the
trigger (called by gate.gated after every construction has spoken):

- an employee suspended from their job ("was suspended from her job at the plant") is disciplined at
  work, no SANCTION: PLOVER's sanction is a punitive measure between actors (a member suspended by the
  party, aid or ties suspended to a state); activities suspended are construction_types.suspended_thing's;
- injuries in a riot with no attacker and no weapon ("the riots left 70 people injured") are a
  riot's toll, not an attack;
- a crime by a class of unnamed people that an official or a firm reports ("armed robbers stole
  diamonds, the prosecutors' office said", "Microsoft said attackers are exploiting a flaw") is a
  report of the crime, not an accusation of an actor;
- a visit to a town or a site, and talk with the police at a scene, are no consultation
  (idle_contacts.py);
- blame laid on a circumstance, a person sought, a worker suspended by no one named (idle_senses.py);
- an act told of any one of a kind: a gerund subject weighed, a rule of when (generic_acts.py);
- a person suspended in a story that tells the suspension as one from a job (job_suspensions.py);
- idioms of hitting: a target hit, the court hit, an idea hit upon (hitting_idioms.py);
- a need recognised, an assailant recognised, fighters who hail from a group (acknowledged.py);
- a film or an album released under its title (released_works.py);
- an aim that someone else than its owner tells ("the regime's endgame is to capture the city": told_aims.py).

Each rule was counted on the hand-judged audit samples and on bench sentences before it was kept.
"""
from __future__ import annotations

import re

from ..model import Event
from ..wordlists import words
from .accountable import held_to_account
from .acknowledged import acknowledged
from .actors import KnownActors
from .entity_lookup import unnamed
from .generic_acts import generic_act
from .hitting_idioms import hitting_idiom
from .idle_contacts import idle_contact
from .idle_senses import idle_sense
from .job_suspensions import job_suspension
from .released_works import released_work
from .told_aims import untold_aim

# where a suspended person is suspended from that makes it employment, not politics ("from her job")
EMPLOYMENT = words("employment_nouns")
HARMED = words("idle_acts_harmed")
RIOTS = words("riot_nouns")
# words of an armed or deliberate attack: with one of these a riot's injuries may be an attack
ATTACKING = words("attacking_words")
# the terms of two words among them ("tear gas", "petrol bomb"), whose halves alone name no weapon
ATTACKING_TERMS = tuple(" " + w for w in ATTACKING if " " in w)
REPORTING = words("crime_reporting_verbs")


def idle(event: Event, trigger, res: KnownActors) -> str | None:
    """The name of the rule that finds the event names no act between actors, or None."""
    if trigger is None:
        return None
    if event.type == "SANCTION" and suspended_from_job(trigger):
        return "suspended from a job"
    if event.type == "ASSAULT" and event.subject is None and riot_toll(trigger):
        return "riot toll"
    if event.type == "ACCUSE" and reported_crime(event, trigger, res):
        return "reported crime"
    return idle_contact(event, trigger, res) or idle_sense(event, trigger) or generic_act(event, trigger) \
        or job_suspension(event, trigger, res) or hitting_idiom(event, trigger) \
        or acknowledged(event, trigger, res) or released_work(event, trigger) or untold_aim(event, trigger)


def suspended_from_job(trigger) -> bool:
    """Someone suspended from their job or work: "was suspended from her job at the plant"."""
    return trigger.lemma_.lower() == "suspend" and any(
        p.dep_ == "prep" and p.lower_ == "from" and any(o.dep_ == "pobj" and o.lemma_.lower() in EMPLOYMENT
                                                       for o in p.children) for p in trigger.children)


def riot_toll(trigger) -> bool:
    """Injuries in a sentence that names a riot and no attack, weapon or attacker: "the riots in
    cities across the country have left 70 people injured", "12 people were injured in the riots"."""
    if trigger.lemma_.lower() not in HARMED:
        return False
    sent = trigger.sent
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    return bool(lemmas & RIOTS) and not lemmas & ATTACKING and not names_term(sent.text)


def names_term(text: str) -> bool:
    """The text holds a two-word term of attack, its words apart or hyphened ("tear gas", "tear-gas")."""
    spaced = " " + re.sub(r"[\s-]+", " ", text.lower())
    return any(term in spaced for term in ATTACKING_TERMS)


def reported_crime(event: Event, trigger, res: KnownActors) -> bool:
    """An accusation made by a verb of reporting against a class of unnamed people ("robbers",
    "attackers"): the crime is reported, no actor is accused. An unnamed institution ("said the
    police had failed to protect them") is accused (extract/accountable.py)."""
    obj = event.object or ""
    return trigger.lemma_.lower() in REPORTING and unnamed(obj) and not held_to_account(obj, res)
