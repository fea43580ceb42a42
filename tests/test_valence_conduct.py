"""Harm a reported clause says another actor does, read by the valence of a general lexicon
(extract/valence.py over VADER's lexicon, used by extract/judged_conduct.py): "X said Y would undermine
the inquiry" is X's accusation of Y (PLOVER ACCUSE); a harm denied, guessed, owned by the speaker, done to
something bad, or an event of its own type is none."""
from __future__ import annotations

import pytest

from newsgraph.extract.valence import strongly_negative, valence
from newsgraph.wordlists import table


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


def test_the_lexicon_rates_harm_below_praise(nlp):
    doc = nlp("They betrayed and praised the voters.")
    betrayed, praised = doc[1], doc[3]
    assert valence(betrayed) < -1.2 < 0 < valence(praised)
    assert strongly_negative(betrayed) and not strongly_negative(praised)


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("The Scottish Conservatives said Jack McConnell had undermined the independence of the inquiry.",
     "Scottish Conservatives", "Jack McConnell"),
    ("Greenpeace said BP had ignored the advice of its own engineers.", "Greenpeace",
     "BP"),
    ("The Green Party said Ken Livingstone had failed to tackle pollution in the capital.", "Green Party",
     "Ken Livingstone"),
    ("Shelter said the Treasury's cuts would make the housing shortage worse.", "Shelter", "Treasury"),
    ("The Refugee Council said the Home Office would put thousands of children at risk.", "Refugee Council",
     "Home Office"),
    # the actor of the subject's "of" phrase
    ("Amnesty International said the effect of Nato's plan would be to undermine the UN.",
     "Amnesty International", "NATO"),
    ('"Gordon Brown has wasted billions of pounds," the Conservative Party said.', "Conservative Party",
     "Gordon Brown"),
])
def test_harm_said_of_another_accuses_its_doer(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "The Scottish Conservatives said Jack McConnell had not undermined the inquiry.",     # denied
    "The Scottish Conservatives said Jack McConnell might undermine the inquiry.",        # guessed
    "Jack McConnell said he had ignored the warnings.",                                    # the speaker's own
    "Police said Vincent Jackson had failed a breath test.",                               # no one harmed
    "The Green Party said Ken Livingstone would avoid the lies of the old parties.",       # harm to a harm
    "The ministry said the exporters had broken sales records.",                           # a form, not a harm
    "Officials said the agency had recorded 24 people dead.",                              # a state recorded
    "The Green Party said Ken Livingstone would make the city cleaner.",                   # a good state
    "A police spokesman said officers had tried to stop the stolen car.",                  # an ending
    '"We are trying to fool the eye," said David Monteith of Sonaptic.',                   # the speaker's side
    '"We are basically trying to fool your ears," said David Monteith of Sonaptic.',      # the speaker's side
])
def test_no_accusation_without_harm_said_of_another(events_named, text):
    assert not accusations(events_named, text)


@pytest.mark.parametrize("text", sorted(set(table("judged_conduct")["undergone"].values())) + [
    "Wim Kok said the US had suffered two years of economic slowdown.",
    "The US government denied the claims.",
])
def test_harm_undergone_by_the_subject_accuses_no_one(events_named, text):
    assert not accusations(events_named, text)
