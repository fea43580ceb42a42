"""Everyday senses of conflict, demand and refusal words (sentences of our own): records destroyed by an
office are no violence (extract/destroyed_records.py), buyers' demand for a thing is a market's
appetite, no request (extract/buyers.py), and a reporter's request for comment refused is no REJECT
(extract/press_requests.py); violence to places, buyers' demands for acts and an authority's request
refused stay. Closures by no one named are in test_everyday_closures.py."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text, wrong", [
    ("The Home Office destroyed nearly 40,000 files last year, figures show.", "ASSAULT"),
    ("The number of documents destroyed by the agency has doubled since 2001.", "ASSAULT"),
    ("The council destroyed thousands of planning records after the fire inquiry closed.", "ASSAULT"),
    ("Consumers' demand for cheap credit pushed borrowing to a record high.", "REQUEST"),
    ("A new wave of bands has met British music fans' demand for guitar records, the trade body said.", "REQUEST"),
    ("The minister declined requests for comment on Friday.", "REJECT"),
    ("A request to interview the team's owner was declined by a spokeswoman.", "REJECT"),
    ("Her family declined a request for an interview through a police spokesman.", "REJECT"),
])
def test_everyday_senses_of_conflict_demand_and_refusal_are_no_events(analyse_text, text, wrong):
    assert wrong not in event_types(analyse_text(text), relations=False)


@pytest.mark.parametrize("text, kept", [
    ("Rebels destroyed three villages near Goma and killed dozens of people.", "ASSAULT"),
    ("Israeli bulldozers destroyed Palestinian homes in the West Bank on Monday.", "ASSAULT"),
    ("Passengers' demand for compensation was rejected by the airline.", "REQUEST"),
    ("The FBI's request to interview the senator was declined by his lawyers.", "REJECT"),
    ("The administration ignored comments from 200,000 citizens and adopted the rule anyway.", "REJECT"),
])
def test_violence_to_places_demands_for_acts_and_refused_requests_stay(analyse_text, text, kept):
    assert kept in event_types(analyse_text(text), relations=False)
