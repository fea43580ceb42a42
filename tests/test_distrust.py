"""A virtue a reported clause denies another actor faults it (PLOVER ACCUSE, extract/distrust.py);
denying a fault clears it. Our own sentences, one for every word of the lists the rule reads."""
from __future__ import annotations

import pytest

from newsgraph.wordlists import words

VIRTUES = {
    "serious": ("France said Iran was not serious about the talks.", "gaz:IRN"),
    "sincere": ("Seoul said North Korea was not sincere about the reunions.", "gaz:PRK"),
    "honest": ("Armenia said Azerbaijan was not honest about the shelling.", "gaz:AZE"),
    "credible": ("Ukraine said Russia was not credible as a mediator.", "gaz:RUS"),
    "trustworthy": ("Japan said China was not trustworthy on the islands.", "gaz:CHN"),
    "truthful": ("Kenya said Somalia was not truthful about the border.", "gaz:SOM"),
    "straightforward": ("Ghana said Togo had not been straightforward about the election.", "gaz:TGO"),
    "candid": ("Chile said Bolivia had not been candid about the gas deal.", "gaz:BOL"),
    "frank": ("Norway said Russia was not frank about the submarine.", "gaz:RUS"),
    "forthcoming": ("Canada said India had not been forthcoming about the killing.", "gaz:IND"),
    "transparent": ("Brazil said Venezuela was not transparent about the vote count.", "gaz:VEN"),
}
TRUST = {
    "trust": ("Germany said Russia could not be trusted with the pipeline.", "gaz:RUS"),
}
NOT_ACCUSED = [
    "France said Iran was serious about the talks.",                # the virtue granted
    "Germany said Russia could be trusted with the pipeline.",      # trust granted
    "Germany said Russia had not violated the treaty.",             # a fault denied clears it
    "Germany said it could not be trusted with the pipeline.",      # its own failing
]


def _accused(analyse_text, text) -> set:
    return {e.object for e in analyse_text(text).events if e.type == "ACCUSE"}


@pytest.mark.parametrize(("text", "denied"), [*VIRTUES.values(), *TRUST.values()])
def test_a_virtue_denied_accuses_the_one_denied_it(text, denied, analyse_text):
    assert denied in _accused(analyse_text, text)


@pytest.mark.parametrize("text", NOT_ACCUSED)
def test_a_virtue_granted_or_a_fault_denied_accuses_nobody(text, analyse_text):
    assert not _accused(analyse_text, text) - {None}


def test_every_word_has_a_sentence():
    assert set(VIRTUES) == set(words("denied_virtues"))
    assert set(TRUST) == set(words("withheld_trust"))
