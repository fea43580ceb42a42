"""One-word senses that name no act between sides: "charge" as a seller's price (extract/everyday.py,
priced), a notice or a work withdrawn (everyday.py), and a campaign or an operation named by a field of
no force, an advert or a rescue (extract/sense_nominal.py, fought_in_arena). Sentences of our own: each
non-event sentence gave the wrong event before these rules, and the same words stay events where a
charge is laid in law, forces are withdrawn or the operation is one of force."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text, wrong", [
    # a price charged is no accusation
    ("Ryanair charged passengers VAT on their tickets.", "ACCUSE"),
    # a campaign or an operation of adverts, publicity or rescue is no attack
    ("Soldiers and firefighters are leading rescue operations in Sumatra after the earthquake.", "ASSAULT"),
    ("UN agencies launched a relief operation in Haiti after the hurricane.", "ASSAULT"),
    ("Indonesian troops led relief operations in Aceh after the tsunami.", "ASSAULT"),
    ("The Indian army launched a recruitment campaign in Kashmir.", "ASSAULT"),
    # a notice or a work taken back withdraws from no one
    ("Indonesian authorities issued and then withdrew a tsunami alert on Sunday.", "RETREAT"),
    ("Labour has withdrawn two controversial posters and launched four new designs.", "RETREAT"),
])
def test_prices_and_peaceful_campaigns_are_no_events(analyse_text, text, wrong):
    got = event_types(analyse_text(text))
    assert wrong not in got, got


@pytest.mark.parametrize("text, kept", [
    ("Prosecutors charged the former minister with fraud.", "ACCUSE"),
    ("Police charged two men over the robbery in Leeds.", "ACCUSE"),
    ("Ryanair charged two passengers with assault on the flight to Malaga.", "ACCUSE"),
    ("The SEC charged the bank's chief executive with fraud for hiding its fees from investors.", "ACCUSE"),
    ("Turkey launched a military operation against Kurdish militants in Syria.", "ASSAULT"),
    ("Pakistani troops launched an operation against the Taliban in Waziristan.", "ASSAULT"),
    ("Russia withdrew its forces from the border on Monday.", "RETREAT"),
])
def test_the_same_words_stay_events(analyse_text, text, kept):
    got = event_types(analyse_text(text))
    assert kept in got, got
