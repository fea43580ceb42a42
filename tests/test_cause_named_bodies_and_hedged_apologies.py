"""Session 48 (judge48): candidates the sense judge took for something else. A body named for the cause it
deals with ("the Oil Ministry", "the Fire Service", "the Competition Commission") is an actor, as a named hazard
("Hurricane Ivan", "Storm Desmond") is not; a commission's, court's or ministry's restraint of others is a state's
act, not a firm's own rules; an apology told done is made though an "if" hedges what it is for."""
from __future__ import annotations


def test_a_body_named_for_a_cause_it_deals_with_acts(events_named):
    found = events_named("Kuwait's Oil Ministry awarded two drilling contracts to a Norwegian company.")
    assert any(e[0] == "AGREE" and e[1] == "Oil Ministry" for e in found)
    found = events_named("The Fire Service rescued four children from the flooded school.")
    assert any(e[0] == "AID" and e[1] == "Fire Service" for e in found)


def test_a_named_hazard_is_still_no_actor(events_named):
    assert not any(e[0] == "ASSAULT" for e in events_named("Storm Desmond hit the town of Carlisle on Saturday."))
    assert not any(e[0] == "ASSAULT" for e in events_named("Typhoon Haiyan struck the island of Leyte."))


def test_a_public_commission_or_court_restraining_a_firm_is_no_firms_rule(events_named):
    found = events_named("The European Commission forced Microsoft to share its code with rival software makers.")
    assert ("COERCE", "European Commission", "Microsoft") in {e[:3] for e in found}
    found = events_named("The Supreme Court barred Samsung from selling the phones in the country.")
    assert any(e[0] == "COERCE" and e[1] == "Supreme Court" for e in found)


def test_a_firm_restraining_others_is_still_its_own_rules(events_named):
    found = events_named("Nintendo is clamping down on shops that sell copied games.")
    assert not any(e[0] == "COERCE" for e in found)


def test_an_apology_made_with_an_if_is_made(events_named):
    found = events_named("Senator John Kerry apologised to the veterans if his comments had hurt them.")
    assert ("CONCEDE", "John Kerry") in {e[:2] for e in found}


def test_an_apology_promised_on_a_condition_is_not_made(events_named):
    found = events_named("Senator John Kerry will apologise to the veterans if the inquiry finds against him.")
    assert not any(e[0] == "CONCEDE" for e in found)
