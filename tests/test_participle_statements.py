"""Accusations said in a participle that rides on another act (extract/statements.participle_speaker):
"walked out of the talks, saying Exxon had misled the public" is the walker's accusation of Exxon, as
"said Exxon had misled the public" is (PLOVER ACCUSE); a wrong owned, guessed or absent is none."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    # a wrongdoing verb (statements.py)
    ("Amnesty International left the conference, saying Exxon had misled the public.", "Amnesty International",
     "Exxon"),
    ("The European Union walked out of the meeting on Monday, claiming Russia had violated the agreement.",
     "European Union", "Russia"),
    # conduct faulted without a wrongdoing verb (judged_conduct.py)
    ("The Scottish National Party walked out of the debate, saying Labour had failed the people of Scotland.",
     "Scottish National Party", "Labour Party"),
    ("The Scottish National Party boycotted the vote, arguing the Conservative Party was trying to undermine "
     "the Scottish Parliament.", "Scottish National Party", "Conservative Party"),
])
def test_a_participle_of_saying_accuses_for_the_subject_of_its_act(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "Amnesty International left the conference, saying it had misled the public.",          # its own wrong
    "Amnesty International left the conference, saying Exxon could mislead the public.",    # guessed
    "Amnesty International left the conference, saying Exxon had made a generous offer.",  # no wrong
    "Amnesty International left the conference, saying the negotiations had failed.",      # no one faulted
    "Amnesty International left the conference, saying Exxon had not misled the public.",   # denied
])
def test_no_accusation_from_a_participle_without_a_wrong_of_another(events_named, text):
    assert not {pair for pair in accusations(events_named, text) if None not in pair}
