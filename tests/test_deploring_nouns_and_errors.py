"""Fault told without an accusing verb (PLOVER ACCUSE): an act a speaker calls a scandal through an
expletive "it" (extract/judged_clauses.py, evaluative.yaml's deploring_nouns), and an error the speaker
says another actor made ("had got its sums wrong": said_about._wrongdoing). Our own sentences, one at
least for every deploring noun."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words

DEPLORED = {
    "scandal": ("Amnesty International said it was a scandal that Egypt had jailed the bloggers.", "Egypt"),
    "disgrace": ("The Liberal Democrats said it was a disgrace that the Home Office had closed the centre.",
                 "Home Office"),
    "outrage": ("Oxfam said it was an outrage that the European Union had halved its aid to the farmers.",
                "European Union"),
    "travesty": ("The family's lawyer said it was a travesty that Scotland Yard had dropped the inquiry.",
                 "Metropolitan Police"),
    "betrayal": ("The Labour Party said it was a betrayal that the Conservatives had backed the closure.",
                 "Conservative"),
    "insult": ("Human Rights Watch said it was an insult that Bahrain had pardoned the officers.", "Bahrain"),
    "affront": ("Greenpeace said it was an affront that Norway had licensed the Arctic drilling.", "Norway"),
    "injustice": ("Amnesty International said it was an injustice that Kenya had deported the students.",
                  "Kenya"),
}

ERRORS = [
    ("The Liberal Democrats said the Home Office had got its sums wrong.", "Home Office"),
    ("The Tories said Labour had got it wrong on pensions.", "Labour"),
]

NOT_ACCUSED = [
    "Oxfam said it was a scandal that shook the European Union.",                # a true relative clause
    "Oxfam said it would be a scandal if the European Union cut its aid.",       # supposed
    "Oxfam said it was not an outrage that the European Union had cut its aid.",  # denied
    "The European Union said it had not got its sums wrong.",                     # the speaker's own
]


def _accused(events_named, text) -> set:
    return {str(o) for t, _, o in events_named(text) if t == "ACCUSE"}


@pytest.mark.parametrize(("text", "doer"), DEPLORED.values())
def test_an_act_called_a_scandal_accuses_its_doer(text, doer, events_named):
    assert any(doer in o for o in _accused(events_named, text))


def test_every_deploring_noun_has_a_sentence():
    assert set(DEPLORED) == set(words("deploring_nouns"))
    assert all(f" {word} that " in text for word, (text, _) in DEPLORED.items())


@pytest.mark.parametrize(("text", "doer"), ERRORS)
def test_an_error_said_of_another_accuses_it(text, doer, events_named):
    assert any(doer in o for o in _accused(events_named, text))


@pytest.mark.parametrize("text", NOT_ACCUSED)
def test_no_fault_in_a_relative_a_supposition_a_denial_or_oneself(text, events_named):
    assert not any("European Union" in o for o in _accused(events_named, text))
