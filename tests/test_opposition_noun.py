"""Opposition voiced, expressed or restated towards another side's act is REJECT of that side (nouns.yaml
"opposition", light verbs only); the opposition as a party is no refusal. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, refuser, other", [
    ("The Slovak government expressed its opposition to the European Commission's migration plan.",
     "Slovak", "European Commission"),
    ("Turkey reiterated its opposition to Sweden's bid to join NATO.", "Turkey", "Sweden"),
])
def test_opposition_voiced_to_a_sides_act_is_a_rejection(events_named, text, refuser, other):
    found = [(s or "", o or "") for kind, s, o in events_named(text) if kind == "REJECT"]
    assert any(refuser in s and other in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition held a rally in Nairobi on Monday.",
    "Raila Odinga will lead the opposition in parliament.",
    "The opposition made gains in the election against the ruling party.",
])
def test_the_opposition_as_a_party_is_no_rejection(events_named, text):
    assert not any(kind == "REJECT" for kind, _, _ in events_named(text)), text
