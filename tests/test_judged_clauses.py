"""Reported judgements that accuse without a noun the speaker calls something (extract/judged_clauses.py,
evaluative.py, stance.py, dismay.py): an act judged through "it", a wrong found in a body, predicates
listed after a naming verb, a wrong turn or a wrong signal, a worry over a fault, "according to X"."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    # an act judged through an expletive "it": the doer of the infinitive, or of the that-clause
    ("The Dutch foreign minister said it was wrong to keep Iran under the same sanctions as North Korea.",
     "Foreign minister of Netherlands", None),
    ("Amnesty International said it was wrong for the European Union to lift the arms embargo.",
     "Amnesty International", "European Union"),
    ("Oxfam said it was deeply troubling that the Australian government had sought to deport the families.",
     "Oxfam", "Australian government"),
    # a wrong found in a body or in its conduct
    ("The opposition said there was widespread corruption in the Kenyan police.", "Kenyan opposition",
     "Kenyan police"),
    ("Amnesty International said it had exposed racism at the heart of the Danish government's refugee policy.",
     "Amnesty International", "Danish government"),
    # predicates listed after a naming verb, however the parser joins them
    ('The Refugee Council called the Conservative plans "dangerous, ill thought-out and hugely irresponsible".',
     "Refugee Council", "Conservative Party"),
    ("Plans to store foreign nuclear waste in Scotland have been branded deeply irresponsible by the Scottish "
     "National Party.", "Scottish National Party", None),
    # a wrong turn, a wrong signal
    ("The Law Society said the Labour decision was a step in the wrong direction.", "Law Society", "Labour Party"),
    ("Iran said the American decision sent the wrong signal to the region.", "Iran", "United States"),
    ("The UN refugee agency is worried the Conservative policy sends the wrong message to poorer countries.",
     "UNHCR", "Conservative Party"),
    ("Greenpeace is concerned that the Brazilian government has failed to protect the forests.", "Greenpeace",
     "Brazilian government"),
    # a failing shown, those owed deserted
    ("The Kenyan opposition said the Kenyan president had shown a lack of leadership.", "Kenyan opposition",
     "President of Kenya"),
    ("Amnesty International said the Chinese authorities had displayed contempt for the rule of law.",
     "Amnesty International", "Chinese government"),
    ("The Unite union said the German government had let down the workers.", "Unite", "German government"),
    ("The Kenyan opposition said the Ugandan government had turned its back on the refugees.",
     "Kenyan opposition", "Ugandan government"),
    # the source of "according to"
    ("According to Human Rights Watch, the Egyptian government's crackdown was unlawful.", "Human Rights Watch",
     "Egyptian government"),
])
def test_a_judgement_reported_accuses(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "The Dutch foreign minister said it would be wrong to lift the sanctions.",    # supposed, not made
    "The British government said it was illegal to enter the zone without a permit.",   # a rule stated
    "The British government said it was simply wrong to suggest that the data had been lost.",   # a claim refused
    "The governor said it was shocking that the storm destroyed so many houses.",   # nobody did it
    "The Kenyan minister said it was sad that five people had died.",               # sorrow judges nobody
    "The company said the chairman was unaware of the fraud at Enron.",             # a wrong only mentioned
    "The auditors said there was no corruption in the Kenyan police.",              # a wrong denied
    "The Law Society said the Labour decision was a step in the right direction.",  # praise
    "The union is worried the Ford plant will close.",                              # a worry, no fault
    "The player was frustrated with his own performance.",                          # no other side
    "The Bank of England said the British economy had shown signs of recovery.",     # no failing
    "The Kenyan opposition said the Ugandan government would not let down the workers.",   # denied, foretold
])
def test_no_accusation_without_a_fault_of_another(events_named, text):
    assert accusations(events_named, text) == set()


def test_a_branded_actor_is_accused_once(events_named):
    assert len(accusations(events_named, "Hamas branded Mahmoud Abbas a collaborator on Friday.")) == 1
    assert [e for e in events_named("The Labour Party branded the Conservative budget a betrayal of young people.")
            if e[0] == "ACCUSE"] == [("ACCUSE", "Labour Party", "Conservative Party")]
