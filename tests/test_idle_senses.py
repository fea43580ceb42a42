"""Verbs in a sense or a clause that states no act between actors (extract/idle_senses.py, called by
the event gate through idle_acts.idle): blame laid on a circumstance, a person sought, a worker
suspended by no one named or by a firm, a threat in a generic relative clause. Sentences of our own; each
dropped event is checked to be made when the rule is switched off, and the acts the rules must
leave are checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import idle_acts


@pytest.fixture()
def without_rules(analyse_without):
    # job_suspensions reads a suspension of a worker as one from a job too: both rules off
    return lambda text: analyse_without(text, (idle_acts, "idle_sense", lambda event, trigger: None),
                                        (idle_acts, "job_suspension", lambda event, trigger, res: None))


@pytest.mark.parametrize("text, event", [
    # a cause named, nobody accused
    ("Airlines have blamed the delays on a shortage of air traffic controllers.", ("ACCUSE", "blamed")),
    ("The mining union blamed the layoffs on the collapse in copper prices.", ("ACCUSE", "blamed")),
    # a search for someone, no request
    ("Police are seeking a man who was seen near the bank on Friday.", ("REQUEST", "seeking")),
    ("Police are still seeking two suspects after the robbery.", ("REQUEST", "seeking")),
    ("Detectives said the gunman may have been looking for the manager he was seeking.", ("REQUEST", "seeking")),
    # an employer's discipline
    ("A hospital nurse suspended over comments on her blog says she has been sacked.", ("SANCTION", "suspended")),
    ("The factory worker was suspended after a row with her supervisor.", ("SANCTION", "suspended")),
    ("A warehouse worker who had been suspended for fighting returned hours later with a knife.",
     ("SANCTION", "suspended")),
    # a person suspended by a firm or an employer (employer_nouns, data/lexicon/words/judge.yaml)
    ("Delta Airlines suspended the flight attendant Ellen Simonetti without pay.", ("SANCTION", "suspended")),
    ("Barclays Bank suspended the trader Tom Hale while it investigates the losses.", ("SANCTION", "suspended")),
    ("Anita Patel was suspended and later sued by her employers, Northern Rail.", ("SANCTION", "suspended")),
    ("Tom Hale was a senior trader at the bank, but was suspended and sued by his employers for hiding losses.",
     ("SANCTION", "suspended")),
    # what any one of a kind does
    ("Head teachers can exclude pupils who threaten staff or bring weapons into school.", ("THREATEN", "threaten")),
    ("Under the new law, landlords who threaten tenants with eviction face fines.", ("THREATEN", "threaten")),
])
def test_senses_that_state_no_act_are_dropped(text, event, analyse_text, without_rules):
    assert event in type_triggers(without_rules(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # blame laid on an actor accuses it
    ("The government blamed the bombing on separatist rebels.", ("ACCUSE", "blamed")),
    ("Opposition leaders blamed the riots on the interior minister.", ("ACCUSE", "blamed")),
    # something sought of someone
    ("Prosecutors will seek the death penalty against the two men.", ("REQUEST", "seek")),
    ("Investigators are seeking the help of the public.", ("REQUEST", "seeking")),
    # a suspension by a party, and of officers (no word of a payroll)
    ("The party suspended its candidate over the remarks.", ("SANCTION", "suspended")),
    ("Two police officers were suspended after the death of a man in custody.", ("SANCTION", "suspended")),
    ("The regulator suspended the broker for six months.", ("SANCTION", "suspended")),
    # a particular group's threat
    ("Hamas, which threatens Israel with rockets, rejected the offer.", ("THREATEN", "threatens")),
])
def test_acts_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))
