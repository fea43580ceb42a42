"""Wars of words (extract/sense_conflict.unarmed, extract/verbal_attacks.py): a war or battle between
people, parties and firms with no harm told is a feud, no ASSAULT; a person's noun of attack on a
party, firm or government is criticism (ACCUSE). Wars between states and armed groups, and attacks
that harm, stay ASSAULT. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import named_sides


@pytest.mark.parametrize("text", [
    "Once again Nicolas Sarkozy and Dominique de Villepin are said to have declared war on each other.",
    "The review follows Mr Hague's long battle with the Treasury permanent secretary Nick Macpherson over budgets.",
    "Richard Branson's battle with British Airways over landing slots lasted years.",
    "Steve Jobs waged war on Microsoft for two decades.",
])
def test_feuds_between_people_and_bodies_are_no_assault(analyse_text, text):
    assert not named_sides(analyse_text(text), "ASSAULT", both=True)


def test_a_persons_attack_on_a_party_is_criticism(analyse_text):
    got = analyse_text("Alan Sugar gave the Conservatives money last year. His spokesman said "
                       "his attack on the Conservative Party was not a stunt.")
    assert ("Alan Sugar", "Conservative Party") in named_sides(got, "ACCUSE")
    assert ("Alan Sugar", "Conservative Party") not in named_sides(got, "ASSAULT")


@pytest.mark.parametrize("text, event_type, sides", [
    ("Russia's war with Georgia killed hundreds of civilians in 2008.", "ASSAULT", ("Russia", "Georgia")),
    ("Anders Breivik's attack on the Labour Party youth camp killed 69 people.", "ASSAULT", None),
])
def test_wars_of_states_and_attacks_that_harm_stay(analyse_text, text, event_type, sides):
    got = named_sides(analyse_text(text), event_type)
    assert got and (sides is None or sides in got), got
    assert not named_sides(analyse_text(text), "ACCUSE", both=True)
