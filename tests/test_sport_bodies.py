"""Governing bodies of sport the recogniser misses by their short names (data/gazetteer/sport_bodies.yaml,
session 45): "The FA has charged ...", "the IAAF", and the other home nations' associations, whose "FA"
is not England's. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "kind", "body", "other"), [
    ("The FA has charged Leeds midfielder Tom Hale with violent conduct after Saturday's match.", "ACCUSE",
     "Football Association", "Tom Hale"),
    ("The Scottish FA has fined Celtic for the pitch invasion at Parkhead.", "SANCTION",
     "Scottish Football Association", "Celtic"),
    ("The IAAF has charged the Kenyan runner Paul Korir with doping offences.", "ACCUSE",
     "International Association of Athletics Federations", "Paul Korir"),
])
def test_a_governing_body_by_its_short_name_is_the_side(events_named, text, kind, body, other):
    found = events_named(text)
    assert any(t == kind and s == body and o and other in o for t, s, o in found), found


def test_a_home_nations_fa_is_not_englands(events_named):
    found = events_named("The Welsh FA has fined Cardiff for the crowd trouble at the match.")
    assert not any(s == "Football Association" for _, s, _ in found), found
