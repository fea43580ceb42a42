"""A state named only as the home of a private person or firm is no side (extract/private_sides.py):
the side becomes the person, the firm the document names there, or none."""
from __future__ import annotations

import pytest

from newsgraph.extract import stand_ins


def side_name(analysis, trigger: str, side: str) -> str | None:
    ev = next(e for e in analysis.events if e.trigger == trigger)
    key = getattr(ev, side)
    return analysis.entities[key].name if key else None


@pytest.mark.parametrize("text, trigger, side, name, state", [
    # a person known by their trade or fame acts in their own name
    ("The Brazilian star signed a partnership with the Tennis Federation on Monday.", "partnership", "subject",
     "star (Brazil)", "Brazil"),
    ("Police detained the Ethiopian runner at the airport.", "detained", "object", "runner (Ethiopia)",
     "Ethiopia"),
    # firms of a kind in the plural, and people by what they buy or own
    ("The deal was agreed by Britain's six largest mobile phone operators in January.", "agreed", "subject",
     "operators (United Kingdom)", "United Kingdom"),
    # a part of a firm or body belongs to its owner, not to the state it is in
    ("Prosecutors charged the Spanish arm of the accounting firm Deloitte with fraud.", "charged", "object",
     "Deloitte", "Spain"),
])
def test_a_state_placing_a_private_side_gives_way_to_it(text, trigger, side, name, state, analyse_text,
                                                         monkeypatch):
    assert side_name(analyse_text(text), trigger, side) == name
    monkeypatch.setattr(stand_ins, "placed_head", lambda span, key, res: None)
    assert side_name(analyse_text(text), trigger, side) == state


@pytest.mark.parametrize("text, trigger, side, state", [
    # a firm the recogniser did not name, after the state's name
    ("France's Total is expected to join the Shell project next month.", "join", "subject", "France"),
])
def test_a_firm_named_after_its_state_is_not_the_state(text, trigger, side, state, analyse_text, monkeypatch):
    assert side_name(analyse_text(text), trigger, side) is None
    monkeypatch.setattr(stand_ins, "placed_head", lambda span, key, res: None)
    assert side_name(analyse_text(text), trigger, side) == state


@pytest.mark.parametrize("text, trigger, side, state", [
    # office holders, a state's bodies and forces, its acts and its own firms stay the state's
    ("Egypt's Prime Minister Ahmed Nazif accused Israel of stalling the talks.", "accused", "object", "Israel"),
    ("Syria's High Commissioner to Britain urged expatriates to vote.", "urged", "subject", "Syria"),
    ("The Israeli attack on the school killed 40 people.", "killed", "subject", "Israel"),
    ("The Russian state company cut gas supplies to Ukraine.", "cut", "subject", "Russia"),
])
def test_what_serves_or_belongs_to_a_state_stays_the_state(text, trigger, side, state, analyse_text):
    assert state in (side_name(analyse_text(text), trigger, side) or "")
