"""A rebellion by members of a house is a vote against their own side's line (REJECT), not violence;
an armed rebellion stays an attack. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The bill passed despite a rebellion by 34 Labour MPs.",
    "The prime minister faced a rebellion by Tory backbenchers over tuition fees.",
    "Labour MPs staged a rebellion against the government over the war.",
    "The reform survived a rebellion by twelve senators from the ruling party.",
])
def test_a_house_rebellion_is_a_rejection(text, analyse_text):
    types = {e.type for e in analyse_text(text).events}
    assert "ASSAULT" not in types and "REJECT" in types, types


@pytest.mark.parametrize("text", [
    "The M23 launched a rebellion against Congo in 2012.",
    "Rebel soldiers launched a rebellion against the junta in the north.",
])
def test_an_armed_rebellion_stays_an_attack(text, analyse_text):
    assert "ASSAULT" in {e.type for e in analyse_text(text).events}
