"""The keep gate weighs a lone condemnation of violence in the document's domain, as the sense judge
does (extract/keep.py acts_alone, lone_stances.violence_condemned): in tech news "attacks" are a
network's, and a group condemning them takes no stand on violence. Sentences written for this test;
the sense judge is switched off so that the gate alone decides."""
from __future__ import annotations

from newsgraph.extract import events

TECH = ("Hackers used a flaw in the browser software to hijack home computers, the security firm said. The virus "
        "spreads through email and network software, and users should install the latest patch for their "
        "computers and software. The Open Rights Group condemned the attacks on Monday. Software makers said the "
        "network flaw was fixed.")
NEWS = "The Open Rights Group condemned the attacks on the mosque in Bradford on Monday."


def condemnations(analysis) -> list:
    return [e for e in analysis.events if e.type == "ACCUSE" and e.trigger == "condemned"]


def test_a_lone_condemnation_of_attacks_in_tech_news_is_not_kept(analyse_text, monkeypatch):
    monkeypatch.setattr(events, "judge", lambda c, context, entity_type: c)   # every candidate its own sense
    assert condemnations(analyse_text(NEWS))
    assert not condemnations(analyse_text(TECH))
