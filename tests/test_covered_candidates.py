"""A candidate covered by another (one act told by two verbs of one subject, the rest of one attack)
is dropped only where the one covering it makes an event; where that one is dropped, it is judged itself."""
from __future__ import annotations

import pytest


def typed(analysis, type_: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.subject, e.object) for e in analysis.events if e.type == type_]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police searched and detained the men.", "detained"),
    ("Security forces searched and detained four students in Tehran.", "detained"),
    ("Officers searched and arrested the opposition leader at his home.", "arrested"),
])
def test_an_arrest_covered_by_a_search_read_as_no_arrest_is_kept(analyse_text, text, trigger):
    got = typed(analyse_text(text), "COERCE")
    assert [t for t, _, _ in got] == [trigger], got


@pytest.mark.parametrize("text", [
    "Israeli troops attacked and killed three Palestinians in Jenin.",
    "Soldiers shot and wounded a protester in Hebron.",
    "The militants kidnapped and killed two aid workers.",
    "Gunmen ambushed and killed five soldiers near Kidal.",
    "A car bomb hit a market in Baghdad, killing 12 people.",
])
def test_one_attack_told_by_two_verbs_is_one_event(analyse_text, text):
    got = typed(analyse_text(text), "ASSAULT")
    assert len(got) == 1, got


@pytest.mark.parametrize("text", [
    "Police arrested and detained the men.",
    "Police searched, arrested and detained the men.",
    "Security forces searched the house and detained and questioned four students.",
])
def test_one_arrest_told_by_several_verbs_is_kept_once(analyse_text, text):
    got = typed(analyse_text(text), "COERCE")
    assert len(got) == 1, got
