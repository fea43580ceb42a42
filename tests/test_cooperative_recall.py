"""Cooperative acts in the forms news writes them: deals signed between two sides in the passive, sums
given written "2bn euros", debts written off, aid agreed, handshakes, joint ventures, talks hosted
between two others, and acts done "in support of" someone (extract/cooperative_acts.py, verbal.py,
sense_cooperative.py and the lexicon)."""
from __future__ import annotations

import pytest


def sides(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    return {(e.subject, e.object) for e in analysis.events if e.type == etype}


def has(analysis, etype: str, subject: str, obj: str) -> bool:
    """An event of the type between the two actors, in either direction (a meeting has no direction)."""
    return any(subject in (s or "") and obj in (o or "") or obj in (s or "") and subject in (o or "")
               for s, o in sides(analysis, etype))


@pytest.mark.parametrize(("text", "etype", "subject", "obj"), [
    # a symmetric deal whose light verb is passive: its sides are "between" whom it is
    ("A border treaty between Peru and Ecuador was signed in Brasilia.", "AGREE", "PER", "ECU"),
    # sums given as news writes them, the figure glued to its unit
    ("Japan gave Vietnam 3bn yen after the floods.", "AID", "JPN", "VNM"),
    ("Kuwait gave $2bn to Egypt in March.", "AID", "KWT", "EGY"),
    # debts given up are money given to the debtor
    ("Germany wrote off the debts of Nicaragua last year.", "AID", "DEU", "NIC"),
    ("France cancelled Senegal's debt in 2001.", "AID", "FRA", "SEN"),
    # aid agreed is promised to whom it goes
    ("The European Union agreed a bailout of Portugal.", "AGREE", "EU", "PRT"),
    ("Canada agreed debt relief for Haiti on Monday.", "AGREE", "CAN", "HTI"),
    # handshakes are meetings, one side conjoined or after "with"
    ("The Indian prime minister shook hands with the Pakistani president in Kathmandu.", "CONSULT", "IND", "PAK"),
    # a joint venture formed or named between two firms or states
    ("China and Russia formed a joint venture to build the jet.", "COOPERATE", "CHN", "RUS"),
    # the host of talks between two others meets each of them (PLOVER's third-party mode)
    ("Qatar hosted talks between Sudan and Chad.", "CONSULT", "QAT", "SDN"),
    ("Qatar hosted talks between Sudan and Chad.", "CONSULT", "QAT", "TCD"),
    ("The talks between Armenia and Azerbaijan were hosted by Kazakhstan.", "CONSULT", "KAZ", "ARM"),
    # acting in support or in defence of someone backs them
    ("The Spanish government came out in support of Morocco.", "SUPPORT", "ESP", "MAR"),
    ("The Greek foreign minister spoke in defence of Cyprus.", "SUPPORT", "GRC", "CYP"),
])
def test_cooperative_forms_give_their_events(text, etype, subject, obj, analyse_text):
    analysis = analyse_text(text)
    assert has(analysis, etype, subject, obj), [(e.type, e.subject, e.object) for e in analysis.events]


@pytest.mark.parametrize(("text", "etype"), [
    ("The committee formed a working group on pensions.", "COOPERATE"),   # no venture between sides
    ("The firm spoke in support of the new tax plan.", "SUPPORT"),        # a plan, not someone backed
    ("Nobody shook hands after the vote in the assembly.", "CONSULT"),     # no one named
    ("The minister hosted talks on the budget in London.", "CONSULT"),     # no sides to meet
])
def test_forms_without_two_sides_give_no_such_event(text, etype, analyse_text):
    analysis = analyse_text(text)
    assert not [e for e in analysis.events if e.type == etype and e.subject and e.object], analysis.events


@pytest.mark.parametrize(("text", "owner", "not_owner"), [
    # "in support of" after an owned object: the owner's doing backs them, not the clause's subject
    ("The United States condemned Russia's operations in support of the Donbas separatists.", "RUS", "USA"),
    ("The minister said the claims were meant to hide Iran's own activities in support of Hezbollah.",
     "IRN", None),
])
def test_support_after_an_owned_object_is_the_owners(text, owner, not_owner, analyse_text):
    found = sides(analyse_text(text), "SUPPORT")
    assert any(s and s.endswith(owner) for s, _ in found), found
    assert not any(s and not_owner and s.endswith(not_owner) for s, _ in found), found
