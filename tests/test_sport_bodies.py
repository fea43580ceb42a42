"""Governing bodies of sport the recogniser misses by their short names (data/gazetteer/sport_bodies.yaml,
session 45): "The FA has charged ...", "the IAAF", and the other home nations' associations, whose "FA"
is not England's ("the FA", not "Egypt FA"); a ban by one in a sport story is the sport's own business (session 45's
convention, extract/sport_discipline.py).
Sentences are our own."""
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


@pytest.mark.parametrize("text", [
    "The Welsh FA has fined Cardiff for the crowd trouble at the match.",
    "Ghana FA spokesman Kofi Mensah criticised the referee after the defeat in Accra.",
])
def test_another_nations_fa_is_not_englands(events_named, text):
    found = events_named(text)
    assert not any(s == "Football Association" or o == "Football Association" for _, s, o in found), found


def test_the_athletics_world_body_is_a_side_and_its_ban_the_sports_own_business(events_named):
    # session 45's convention: a sport body's ban of an athlete is no event; its request to a state is one
    found = events_named("The sprinter won the 100m at the Olympics and the world championships last year. The IAAF "
                         "has banned her for two years after she missed three drug tests. The IAAF also urged the "
                         "Greek government to investigate her coach.")
    assert not any(t == "SANCTION" for t, _, _ in found), found
    assert any(t == "REQUEST" and s == "International Association of Athletics Federations" for t, s, _ in found), found
