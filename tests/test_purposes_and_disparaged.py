"""An act told as the purpose of another ("in order to", "so as to", "so that") or arranged ("is to
visit"), and a meeting an act to come is set in ("will sign it during his visit"), is possible, not done (extract/purposes.py); "dismissed X as Y" of an actor or its conduct is criticism, ACCUSE, while a plan
dismissed stays REJECT (extract/disparaged.py). Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.extract import gate


def events(analysis) -> set[tuple[str, str, str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return {(e.type, e.trigger, names.get(e.object, "-"), e.certainty) for e in analysis.events}


def certainty_of(analysis, kind: str, trigger: str) -> set[str]:
    return {e.certainty for e in analysis.events if e.type == kind and e.trigger == trigger}


@pytest.mark.parametrize("text, kind, trigger", [
    ("Portugal announced deep spending cuts in order to get emergency loans from the IMF.", "AID", "loans"),
    ("The interior ministry used emergency powers in order to deport the two men.", "COERCE", "deport"),
    ("The army sealed the border so as to capture the rebel leaders.", "COERCE", "capture"),
    # arranged with "be to" or "be due to": the future of "will visit"
    ("The Dutch foreign minister is to visit Indonesia next week.", "CONSULT", "visit"),
    ("Britain is to give a £4m grant to Rwanda.", "AID", "give"),
])
def test_an_act_aimed_at_is_possible(text, kind, trigger, analyse_text, monkeypatch):
    assert certainty_of(analyse_text(text), kind, trigger) == {"possible"}
    with monkeypatch.context() as m:
        m.setattr(gate, "purposed", lambda event, tok: event)
        assert "possible" not in certainty_of(analyse_text(text), kind, trigger)


@pytest.mark.parametrize("text, kind, trigger", [
    ("The IMF gave Portugal emergency loans last year.", "AID", "gave"),
    # "to" after a noun or an adjective of the subject's, not "be to"
    ("The Dutch foreign minister visited Indonesia to discuss the floods.", "CONSULT", "visited"),
    ("Ms Lee is the fourth Liberal Democrat MP to defect to the Conservatives since 2001.", "AFFILIATION", "defect"),
    ("Canada was quick to send aid to Haiti after the earthquake.", "AID", "send"),
])
def test_an_act_done_stays_done(text, kind, trigger, analyse_text):
    assert certainty_of(analyse_text(text), kind, trigger) == {"asserted"}


@pytest.mark.parametrize("text, accused", [
    ("The Green leader Anna Berg dismissed the Liberal Democrats as a spent force.", "Liberal Democrats"),
    ("Voters in Belarus cast ballots on Sunday in a parliamentary election hailed by the government as fair "
     "but dismissed by critics as a sham.", "Belarusian government"),
])
def test_an_actor_dismissed_as_less_is_accused(text, accused, analyse_text, monkeypatch):
    made = {(e[0], e[1], e[2]) for e in events(analyse_text(text))}
    assert ("ACCUSE", "dismissed", accused) in made
    assert not any(e[:2] == ("REJECT", "dismissed") for e in made)
    with monkeypatch.context() as m:
        m.setattr(gate, "disparaged", lambda event, tok: event)
        assert ("REJECT", "dismissed", accused) in {(e[0], e[1], e[2]) for e in events(analyse_text(text))}


@pytest.mark.parametrize("text", [
    "The Tories dismissed the government's housing plan as reckless.",
    # a budget named as a thing of its own, dismissed: a rejection of its owner's proposal
    "Opposition leader Tom Hale has dismissed Anna Berg's Budget as a pre-election giveaway.",
])
def test_a_plan_dismissed_is_rejected(text, analyse_text):
    made = {(e[0], e[1]) for e in events(analyse_text(text))}
    assert ("REJECT", "dismissed") in made
    assert ("ACCUSE", "dismissed") not in made


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan president will announce the aid package during his visit to Somalia next week.", "visit"),
    ("Ms Hale will fly to Cairo on Sunday for talks with the Egyptian foreign minister.", "talks"),
    ("The Danish premier will speak to troops on a visit to Mali.", "visit"),
])
def test_a_meeting_set_for_an_act_to_come_is_possible(text, trigger, analyse_text, monkeypatch):
    # the meeting an act to come is set in is as much to come (the event stays, as possible)
    assert certainty_of(analyse_text(text), "CONSULT", trigger) == {"possible"}
    with monkeypatch.context() as m:
        m.setattr(gate, "purposed", lambda event, tok: event)
        assert "possible" not in certainty_of(analyse_text(text), "CONSULT", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan president announced the aid package during his visit to Somalia last week.", "visit"),
    ("Ms Hale flew to Cairo on Sunday for talks with the Egyptian foreign minister.", "talks"),
    # "on" a meeting names a topic, and the meeting may be over
    ("The Chilean minister will comment on the meeting with the Bolivian president.", "meeting"),
])
def test_a_meeting_set_for_an_act_done_or_talked_about_stays(text, trigger, analyse_text):
    assert certainty_of(analyse_text(text), "CONSULT", trigger) == {"asserted"}
