"""A ban on a trade laid on a state is an embargo (extract/construction_types.trade_banned): PLOVER SANCTION,
not repression; a ban on people doing something stays COERCE. Sentences written for newsgraph."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, banner, banned", [
    ("The European Union kept its arms ban on Myanmar in place after the coup.", "European Union", "Myanmar"),
    ("Japan imposed an export ban on North Korea in 2006.", "Japan", "North Korea"),
])
def test_a_trade_ban_on_a_state_is_a_sanction(events_named, text, banner, banned):
    found = set(events_named(text))
    assert ("SANCTION", banner, banned) in found, found
    assert not any(t == "COERCE" for t, _, _ in found), found


def test_a_ban_on_people_stays_repression(events_named):
    found = set(events_named("The junta imposed a ban on opposition rallies in Yangon."))
    assert not any(t == "SANCTION" for t, _, _ in found), found
