"""Criticism in reported speech whose sides are not a named speaker and a named subject (extract/thing_harms.py,
read by extract/judged_conduct.py and extract/evaluative.py; PLOVER ACCUSE): an unnamed collective that speaks
("critics said", "campaigners say") accuses as a named speaker does; a plan, a tax or a decision said to do
harm faults its maker, named with it or told before; an act called strongly negative faults its maker. Harm
denied, guessed or felt ("painful"), and harm done by a speaker's own plan, fault no one."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Critics say Oracle has abused its dominant position in the database market.", "critics", "Oracle"),
    ("Campaigners said Nestle had failed to protect the farmers who grow its cocoa.", "campaigners", "Nestle"),
    ("Unions said the Treasury's new payroll tax would kill off thousands of small firms.", "unions", "Treasury"),
    ("The Kremlin unveiled plans to merge the regions on Tuesday. Critics said the plans would destroy local "
     "democracy.", "critics", "Russian government"),
    ("Greenpeace said Exxon's plan to drill in the Arctic would wreck the habitat of the polar bear.", "Greenpeace",
     "Exxon"),
    ("Oxfam said the European Commission's decision was cruel and unjust.", "Oxfam", "European Commission"),
    ("The RMT said Network Rail's handling of the repairs had been appalling.", "RMT", "Network Rail"),
])
def test_harm_and_fault_said_of_a_makers_act_or_by_a_collective(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "Critics said Oracle had not abused its position.",                                   # denied
    "Unions said the Treasury's new payroll tax could kill off small firms.",             # guessed
    "Shell said the decision to close the refinery had been painful.",                    # hardship felt
    "Shell said its own plan to close the refinery would hurt the town.",                 # the speaker's own
    "Analysts said the merger would be bad for anyone who does not own shares in Dell.",  # who loses, no fault
    'The merger will be bad "for anyone who does not own shares in Dell," said Bob Welch.',  # the same, quoted
    "Critics said the plans would destroy local democracy.",                              # no maker told
])
def test_no_accusation_without_a_fault_and_a_maker(events_named, text):
    assert not {a for a in accusations(events_named, text) if a[1] is not None}
