"""Where the sense judge was too strict (extract/sense_cooperative.py): a lone actor agreeing to,
refusing or asking for an act named by a to-infinitive is an event (not trade, not declining to
comment); in a match report a charge in law or a police side is no game. Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.frames import Candidate
from newsgraph.extract.sense import Context, Dropped, judge

MATCH = ("Leeds drew 1-1 with Everton in the Premiership on Saturday. The striker scored early and the goalkeeper "
         "saved a penalty before half-time. The manager praised his squad after the fixture, and the league "
         "leaders have eight games of the season left. The winger was booked in the second half. ")


def lone(nlp, text: str, type_: str, trigger: str) -> Candidate:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == trigger)
    subject = next(t for t in verb.children if t.dep_ == "nsubj")
    return Candidate(type_, verb, "ORGANIZATION:firm", None, subject, None)


@pytest.mark.parametrize("text, type_, trigger, kept", [
    ("The drug maker Halvex agreed to pay a fine of two million dollars.", "AGREE", "agreed", True),
    ("The dam builder Corvan is refusing to obey the ministry's order.", "REJECT", "refusing", True),
    ("The drug maker Halvex agreed to buy its rival Corbin.", "AGREE", "agreed", False),       # trade
    ("The dam builder Corvan declined to comment on the report.", "REJECT", "declined", False),  # telling
    ("The dam builder Corvan agreed on Monday.", "AGREE", "agreed", False),                   # nothing agreed
])
def test_a_lone_firm_agreeing_to_or_refusing_an_act_is_an_event(nlp, text, type_, trigger, kept):
    candidate = lone(nlp, text, type_, trigger)
    got = judge(candidate, Context(None), lambda key: "ORGANIZATION" if key else None)
    # kept: the candidate itself comes back; dropped: a `Dropped` naming the test that dropped it
    assert (got is candidate) == kept and isinstance(got, Dropped) != kept


def test_in_a_match_report_a_charge_in_law_stays_an_event(analyse_text, nlp):
    assert Context.of(nlp(MATCH)).domain == "sport"
    got = analyse_text(MATCH + "After the game the winger was charged with assault by police in Leeds.")
    assert "ACCUSE" in {e.type for e in got.events}
    got = analyse_text(MATCH + "After the game the manager met the chairman in Leeds.")
    assert "CONSULT" not in {e.type for e in got.events}


def test_a_doping_story_is_sport_and_a_tribunals_ban_no_event(analyse_text, nlp):
    # the sport convention of session 45: a sport tribunal's ban is the sport's internal business, no event
    text = ("The IAAF said the sprinter Maria Kovac missed two doping tests before the world athletics "
            "championships. WADA wants the sport to act, and the IAAF tribunal will meet in May. Kovac, who "
            "denies taking drugs, was banned for two years by the tribunal.")
    assert Context.of(nlp(text)).domain == "sport"
    types = {e.type for e in analyse_text(text).events}
    assert "SANCTION" not in types and "COERCE" not in types
