"""The partner of a deal or settlement whose value the sentence gives before naming it ("a deal worth $2bn
with X", "a settlement totalling $40m with X"): the parser hangs the "with" on the value, and the partner
is read from there (extract/noun_phrases.valued). Sentences written for these tests."""
from __future__ import annotations

import pytest


def agreements(events) -> set[tuple]:
    return {(e[1], e[2]) for e in events if e[0] == "AGREE"}


@pytest.mark.parametrize("text, maker, partner", [
    ("Motorola signed a deal worth $2bn with China Mobile.", "Motorola", "China Mobile"),
    ("Siemens agreed a settlement worth $40m with the World Bank.", "Siemens", "World Bank"),
    ("Airbus agreed a contract totalling $9bn with Qantas.", "Airbus", "Qantas"),
])
def test_a_partner_named_after_the_value_is_the_other_side(events_named, text, maker, partner):
    found = agreements(events_named(text))
    assert any(s and maker in s and o and partner in o for s, o in found), (text, found)


def test_a_value_with_no_partner_names_none(events_named):
    found = agreements(events_named("Ericsson signed a deal worth $3bn with great fanfare."))
    assert not any(o for _, o in found), found
