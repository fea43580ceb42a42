"""A work released under its title is no one set free (extract/released_works.py): a studio that released
"a title", or a title its apposition calls a film, publishes it (the person the title names, whom a story
may take as the one released, is no prisoner freed); people released stay. Sentences of our own."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.extract.released_works import released_work

RETREAT = SimpleNamespace(type="RETREAT")


def release_verb(doc):
    return next(t for t in doc if t.lemma_.lower() == "release")


@pytest.mark.parametrize("text", [
    "In 1999, Warner Bros released \"The Marilyn Monroe Story,\" a feature film about her life.",
    "The band released \"Lost Souls\" in May.",
    "The studio released Grace, a documentary about the singer, last year.",
])
def test_a_work_released_frees_no_one(text, nlp):
    assert released_work(RETREAT, release_verb(nlp(text))) == "work released"


@pytest.mark.parametrize("text", [
    "Mr Mubanga and three other British detainees were released without charge by police in London.",
    "The rebels released \"the hostages\" on Monday, the army said.",
    "\"We are glad,\" he said. Mr Kerr was released on bail on Friday.",
])
def test_people_released_stay(text, nlp):
    assert released_work(RETREAT, release_verb(nlp(text))) is None


def test_other_types_are_not_read(nlp):
    doc = nlp("The band released \"Lost Souls\" in May.")
    assert released_work(SimpleNamespace(type="AID"), release_verb(doc)) is None
