"""Cooperative events said by a clause's shape (extract/cooperative_acts.py): a visitor arriving in
a state for talks consults it; relief flown in or handed out aids whoever it goes to or needs it."""
from __future__ import annotations

import pytest


def events_at(analysis, word: str, etype: str):
    return [e for e in analysis.events if e.trigger == word and e.type == etype]


@pytest.mark.parametrize(("text", "word", "subject", "host"), [
    ("The Kenyan president arrived in Addis Ababa for talks on the border dispute.", "talks", "KEN", "ETH"),
    ("Norway's foreign minister flew to Colombia for a meeting on the peace process.", "meeting", "NOR", "COL"),
])
def test_arriving_in_a_state_for_talks_consults_it(text, word, subject, host, analyse_text):
    found = events_at(analyse_text(text), word, "CONSULT")
    assert any(subject in (e.subject or "") and e.object == f"gaz:{host}" for e in found), found


@pytest.mark.parametrize("text", [
    "The chairman went to the gym for a walk before the results.",   # no talks
    "The prime minister went to the hospital for a meeting.",   # not a state
])
def test_trips_without_talks_in_a_state_are_no_consultation(text, analyse_text):
    assert not [e for e in analyse_text(text).events if e.type == "CONSULT"]


@pytest.mark.parametrize(("text", "word", "giver", "receiver"), [
    ("The Pakistani army flew in tents and blankets for the earthquake victims.", "flew", "PAK", None),
    ("The Jordanian army trucked food and medicine to Iraq on Sunday.", "trucked", "JOR", "IRQ"),
    ("Indian helicopters were flying in rescue equipment which Nepal urgently needs.", "flying", "IND", "NPL"),
    ("UNICEF began distributing food and clean water among the flood victims in Sindh.", "distributing",
     "UNICEF", None),
    ("The World Food Programme dropped 300 tonnes of rice to South Sudan.", "dropped", "WFP", "SSD"),
])
def test_relief_carried_aids_its_receivers(text, word, giver, receiver, analyse_text):
    found = events_at(analyse_text(text), word, "AID")
    assert any(giver in (e.subject or "") and (receiver is None or e.object == f"gaz:{receiver}")
               for e in found), found


@pytest.mark.parametrize(("text", "word"), [
    ("The carmaker flew in new equipment for its plant in Ohio.", "flew"),   # a firm's own gear
    ("Protesters handed out leaflets to passers-by in Lagos.", "handed"),   # no relief
    ("Britain said it was vital to bring food to Pakistan.", "bring"),   # no act done
    ("The airline dropped 20 tonnes of weight from its jets to Kenya.", "dropped"),   # a measure of no relief
])
def test_other_things_carried_are_no_aid(text, word, analyse_text):
    assert not events_at(analyse_text(text), word, "AID")
