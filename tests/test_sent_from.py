"""A "from" phrase names who sends the words or stance a noun names ("threats from Hezbollah against
Israel", "condemnation of Israel from Turkey": extract/noun_agents.sender), which left such events without
their doer. Acts done in places take "from" for where they come from or leave; a town and a time send
nothing. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import typed_sides


@pytest.mark.parametrize("text, event_type, sides", [
    ("Threats from Hezbollah against Israel grew after the raid.", "THREATEN", ("Hezbollah", "Israel")),
    ("Condemnation of Israel from Turkey was swift.", "ACCUSE", ("Turkey", "Israel")),
    ("The row deepened after fresh threats from North Korea against Japan.", "THREATEN", ("North Korea", "Japan")),
])
def test_the_sender_of_words_is_their_doer(events_named, text, event_type, sides):
    assert sides in typed_sides(events_named(text), event_type)


@pytest.mark.parametrize("text, event_type, sender", [
    ("Threats against Israel from Monday onwards were reported.", "THREATEN", "Monday"),
    ("Criticism of Pfizer from Leeds grew louder.", "ACCUSE", "Leeds"),
    ("Rocket attacks from Gaza on Israel continued overnight.", "ASSAULT", "Gaza"),
])
def test_a_time_a_town_or_a_place_of_origin_sends_nothing(events_named, text, event_type, sender):
    assert not any(subject == sender for subject, _ in typed_sides(events_named(text), event_type))


def test_where_a_withdrawal_leaves_stays_its_object(events_named):
    got = events_named("The withdrawal of Israeli troops from Lebanon ended in May.")
    assert not any(subject == "Lebanon" for subject, _ in typed_sides(got, "RETREAT"))
