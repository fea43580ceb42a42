"""The sense judge's cooperative part (extract/sense_cooperative.py) on two shapes it dropped: people named
by a word that also names a work ("an agreement with pilots" is no "pilot episode"), and aid sent as a load
or a share of aid ("a truck of aid donations", "a convoy of food"). Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.frames import Candidate
from newsgraph.extract.sense import Context, Dropped, judge


def candidate(nlp, text: str, type_: str, trigger: str, thing: str) -> Candidate:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    subject = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i)
    return Candidate(type_, verb, "ORGANIZATION:org", None, subject, next(t for t in doc if t.text == thing))


def kept(nlp, *args) -> bool:
    c = candidate(nlp, *args)
    return not isinstance(judge(c, Context(None), lambda key: "ORGANIZATION" if key else None), Dropped)


@pytest.mark.parametrize("text, trigger, thing, expected", [
    ("The airline Skyrail signed an agreement with pilots on pay.", "signed", "pilots", True),
    ("The studio Larkfield signed an agreement on the sequel.", "signed", "sequel", False),  # a work
])
def test_people_named_like_a_work_are_people(nlp, text, trigger, thing, expected):
    assert kept(nlp, text, "AGREE", trigger, thing) == expected


@pytest.mark.parametrize("text, thing, expected", [
    ("The charity Helpnet sent a convoy of food to the villages.", "convoy", True),
    ("The charity Helpnet sent a lorry of tents and medicine to the camp.", "lorry", True),
    ("The charity Helpnet sent a copy of its report to the villages.", "copy", False),   # no aid in it
])
def test_a_load_of_aid_sent_is_aid(nlp, text, thing, expected):
    assert kept(nlp, text, "AID", "sent", thing) == expected
