"""An attack made in words is criticism (extract/verbal_attacks.py): made in a speech, aimed at what
someone said, calling its object something ("as vacuous"), or a person's attack on a named party, firm or government with nothing violent around.
Violence stays violence. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, sides", [
    ("Michael Howard attacked Tony Blair in a speech on immigration.", ("Michael Howard", "Tony Blair")),
    ("Charles Kennedy attacked Gordon Brown's remarks on pensions.", ("Charles Kennedy", "Gordon Brown")),
    ("Robert Kilroy-Silk attacked the UK Independence Party on Thursday.", ("Robert Kilroy-Silk", "UK Independence Party")),
    # the attack calls its object something
    ("The Conservative chairman attacked Labour's pledges as vacuous.", ("Conservative Party", "Labour Party")),
])
def test_an_attack_in_words_is_an_accusation(events_named, text, sides):
    got = events_named(text)
    assert ("ACCUSE", *sides) in got and not any(e[0] == "ASSAULT" for e in got), got


@pytest.mark.parametrize("text", [
    "John Smith attacked Peter Jones outside a pub in Leeds.",          # a person on a person, no words
    "Gunmen attacked the offices of the Labour Party.",                 # armed men
    "Peter Jones attacked the Labour Party's offices with a petrol bomb.",   # a weapon
    "Rebels attacked the army convoy as it crossed the river.",         # "as" opening a clause is a time
    "Gunmen attacked the police station as a warning to the government.",   # armed men, whatever it is called
])
def test_violence_stays_an_assault(events_named, text):
    got = events_named(text)
    assert any(e[0] == "ASSAULT" for e in got) and not any(e[0] == "ACCUSE" for e in got), got
