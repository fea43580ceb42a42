"""A ruling, order or decree its named issuer restrains someone through is the issuer's act
(extract/sense_conflict.issued_by), not a proposition acting. Sentences written for newsgraph."""
from __future__ import annotations


def test_a_court_ruling_that_bars_someone_is_the_courts_act(events_named):
    found = set(events_named("The activist Ana Ruiz was barred from the election by a Supreme Court ruling."))
    assert any(t == "COERCE" and s == "Supreme Court" for t, s, _ in found), found


def test_a_ruling_that_hits_a_plan_is_no_act(events_named):
    found = set(events_named("The housing plan was hit by a Supreme Court ruling."))
    assert not any(s == "Supreme Court" for _, s, _ in found), found
