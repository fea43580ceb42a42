"""A span of time after a role's "of" ranks its holder in it and names no part of the body led
(extract/relations.py, role_period_nouns): "Chelsea's third boss of the season" leads the club; a function
after "of" ("head of research") is still a post under the head. Sentences of our own."""
from __future__ import annotations

import pytest


def relations(analysis) -> list[tuple[str, str]]:
    return [(e.type, e.object) for e in analysis.events if e.type in ("LEADERSHIP", "AFFILIATION")]


@pytest.mark.parametrize("text", [
    "Steve Bruce, Chelsea's third boss of the season, met the players.",
    "Steve Bruce, who will be Chelsea's third boss of the season, met the players.",
])
def test_a_boss_of_the_season_leads_the_club(analyse_text, text):
    found = relations(analyse_text(text))
    assert found and all(kind == "LEADERSHIP" for kind, _ in found), found


def test_a_head_of_a_function_is_still_staff(analyse_text):
    found = relations(analyse_text("Maria Lopez, Acme's head of research, met the board."))
    assert found and all(kind == "AFFILIATION" for kind, _ in found), found
