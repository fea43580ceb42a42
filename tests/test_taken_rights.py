"""Rights taken away (extract/taken_rights.py via judged_conduct.py): a speaker who says another actor, or
its measure, strips, abolishes or curbs rights or freedoms accuses it (PLOVER ACCUSE); taking away a tax,
red tape or imports, or a right decision taken, wrongs no one."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Amnesty International said the Home Office was stripping away civil liberties.", "Amnesty International",
     "Home Office"),
    ("The TUC said the Conservative Party would abolish workers' rights.", "TUC", "Conservative Party"),
    ("Human Rights Watch said the Kremlin was chipping away at press freedom.", "Human Rights Watch",
     "Russian government"),   # the Kremlin stands for the Russian government
    ("Unison said the Treasury was trying to roll back the rights of nurses.", "Unison", "Treasury"),
    # a measure's wrong is its maker's
    ("The TUC said the Conservative Party's new law curbs the right to strike.", "TUC", "Conservative Party"),
])
def test_rights_taken_away_accuse_the_taker(events_named, text, accuser, accused):
    found = accusations(events_named, text)
    assert (accuser, accused) in found, found


@pytest.mark.parametrize("text", [
    "The TUC said the Conservative Party would abolish the tax on pensions.",
    "The TUC said the Conservative Party would strip away red tape for small firms.",
    "The TUC said the Conservative Party had not curbed workers' rights.",
])
def test_no_accusation_when_no_right_is_taken(events_named, text):
    assert not accusations(events_named, text)
