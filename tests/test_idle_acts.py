"""Acts nobody did to anybody (extract/idle_acts.py, called by the event gate): an employee suspended
from the job, a riot's injuries with no attacker, and a crime by unnamed people that an official
reports; and a market suspended (construction_types.suspended_thing, sense.yaml suspended_activities). Sentences of our own; each dropped event is checked
to be made when the rules are switched off, and the acts the rules must leave are checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import gate


@pytest.fixture()
def without_rules(analyse_without):
    return lambda text: analyse_without(text, (gate, "idle", lambda event, trigger, res: None))


@pytest.mark.parametrize("text, event", [
    # an employee suspended from the job: employment, not a sanction between actors
    ("The nurse was suspended from her job at the hospital after a row with colleagues.", ("SANCTION", "suspended")),
    # injuries in riots, no attacker or weapon named
    ("The riots in several cities have left at least 40 people injured.", ("ASSAULT", "injured")),
    # ... where a club, a price of petrol or tears are no weapon
    ("Twelve fans were injured in the riots outside the club's stadium on Saturday.", ("ASSAULT", "injured")),
    ("Three people were injured in the riots after petrol prices rose again.", ("ASSAULT", "injured")),
    # a crime by unnamed robbers, reported by prosecutors: no one is accused
    ("Armed robbers stole jewels worth 2 million euros from a Paris shop, prosecutors said.", ("ACCUSE", "said")),
])
def test_acts_nobody_did_to_anybody_are_dropped(text, event, analyse_text, without_rules):
    assert event in type_triggers(without_rules(text))
    assert event not in type_triggers(analyse_text(text))


def test_a_market_suspended_is_no_sanction(analyse_text, monkeypatch):
    from newsgraph.extract import construction_types
    text = "In London, trading of Brent crude was suspended for a public holiday, but the price fell."
    assert ("SANCTION", "suspended") not in type_triggers(analyse_text(text))
    with monkeypatch.context() as m:
        m.setattr(construction_types, "SUSPENDED_ACTIVITIES", frozenset())
        assert ("SANCTION", "suspended") in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # aid suspended to a state, a member suspended from parliament: sanctions
    ("The European Union suspended aid to Uzbekistan after the massacre.", ("SANCTION", "suspended")),
    ("Ms Jones was suspended from Parliament for two weeks.", ("SANCTION", "suspended")),
    # injuries from rubber bullets in a riot: an attack by the police
    ("Twelve people were injured when police fired rubber bullets at the rioters.", ("ASSAULT", "injured")),
    ("Twelve people were injured in the riots as police fired tear-gas.", ("ASSAULT", "injured")),
    ("Four men were injured in the riots, some hit by petrol bombs.", ("ASSAULT", "injured")),
])
def test_sanctions_and_attacks_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))


BASEBALL = ("The Red Sox made an eight-year offer to first baseman Tom Kelly on Thursday. Kelly hit 33 homers "
            "last season and is the best hitter available. The Yankees, who signed two pitchers last week, also "
            "met with Kelly in Texas.")


def test_a_baseball_story_is_sport_and_its_contract_offer_an_agreement(nlp, analyse_text):
    # baseball's words (sense.yaml sport_cues) make the story sport news, where play is no event; a club's
    # contract offered to a player named in the sentence is AGREE (the audit's sport convention of session 26,
    # club_business.contract_offered since session 34)
    from newsgraph.domain import Context
    assert Context.of(nlp(BASEBALL)).domain == "sport"
    events = analyse_text(BASEBALL).events
    assert any(e.type == "AGREE" and e.subject_text == "The Red Sox" and "Kelly" in e.object_text for e in events)
    assert not [e for e in events if e.trigger == "hit"]
