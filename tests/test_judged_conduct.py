"""Criticism told as conduct (extract/judged_conduct.py): a reported statement that says another actor
tried to do a wrong, let down those it owes, treated others with scorn or made a mess of its task is the
speaker's accusation of that actor (PLOVER ACCUSE); a wrong denied, guessed or owned by the speaker is none."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import table


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


def _data_sentences() -> list[str]:
    seen: list[str] = []
    for sense, entries in table("judged_conduct").items():
        if sense == "undergone":   # no harm done: tests/test_valence_conduct.py
            continue
        seen += [s for s in entries.values() if s not in seen]
    return seen


@pytest.mark.parametrize("text", _data_sentences())
def test_every_word_of_the_data_has_a_sentence_that_accuses(events_named, text):
    found = accusations(events_named, text)
    assert any(s is not None and o is not None for s, o in found), found


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("The Liberal Democrats said the Home Office was trying to undermine the courts.", "Liberal Democrats",
     "Home Office"),
    ("Alex Salmond said Labour had failed the people of Scotland.", "Alex Salmond", "Labour Party"),
    ("The Police Federation said the Home Office had treated officers with disrespect.", "Police Federation",
     "Home Office"),
    ("The Conservative Party said Gordon Brown had presided over a pensions fiasco.", "Conservative Party",
     "Gordon Brown"),
    ("The Law Society said the Home Office had overstepped its powers.", "Law Society", "Home Office"),
    # the way an actor acted, called a wrong: the one who acted
    ("The Conservative Party said the way the Home Office had handled the bill was a shambles.",
     "Conservative Party", "Home Office"),
    # the speaker of a quote, and the source of "according to"
    ('"The Home Office has made a mess of the asylum system," the Liberal Democrats said.', "Liberal Democrats",
     "Home Office"),
    ("According to the Liberal Democrats, the Home Office had made a mess of the asylum system.",
     "Liberal Democrats", "Home Office"),
])
def test_conduct_faulted_in_a_statement_accuses_its_doer(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "The Liberal Democrats said the Home Office had not failed the victims.",          # denied
    "The Liberal Democrats said Vodafone could fail its customers.",                    # guessed
    "Alex Salmond said he had failed the people of Scotland.",                          # the speaker's own
    "The Liberal Democrats said the Home Office had abandoned the plan.",               # no one let down
    "The Liberal Democrats said the Taliban had abandoned Kandahar.",                   # a place left
    "The Liberal Democrats said the Home Office was trying to improve the asylum system.",   # no wrong
    "The Liberal Democrats said the Home Office had treated the injured with great care.",   # no scorn
    "The Liberal Democrats said the Home Office had made a success of the asylum system.",   # no mess
    "Analysts said Vodafone had exceeded its sales forecasts.",                         # no authority
    "The Conservative Party said the way the Home Office had handled the bill was excellent.",   # praise
    "Michael Howard said the way he had handled the bill was a mistake.",               # the speaker's own
])
def test_no_accusation_without_a_wrong_stated_of_another(events_named, text):
    assert not accusations(events_named, text)
