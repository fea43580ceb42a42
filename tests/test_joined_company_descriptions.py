""""The company" after two companies joined by "and": either may be meant, so neither is taken (a
wrong actor is worse than none); after one company it is that one. Sentences are our own."""
from __future__ import annotations


def test_the_company_after_two_joined_companies_stays_open(events_named):
    found = events_named("Nokia and Siemens said on Monday they would merge their network units. "
                         "The company criticised the European Commission on Tuesday.")
    assert not any(s in ("Nokia", "Siemens") for t, s, _ in found if t == "ACCUSE"), found


def test_the_company_after_one_company_is_that_company(events_named):
    found = events_named("Nokia signed a deal with a Finnish bank on Monday. "
                         "The company criticised the European Commission on Tuesday.")
    assert any(t == "ACCUSE" and s == "Nokia" for t, s, _ in found), found
