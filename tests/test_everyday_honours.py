"""Receiving an honour is no meeting (extract/everyday.py, CONSULT "receive"): "received the ...
Prize from the King" is a ceremony; "received the ambassador" stays a meeting. Sentences of our own."""
from __future__ import annotations

from newsgraph.extract import everyday


def consults(analysis) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == "CONSULT"]


def test_an_honour_received_is_no_meeting(analyse_text, monkeypatch):
    text = "The singer received the Polar Music Prize from King Carl Gustaf."
    with monkeypatch.context() as m:
        m.setattr(everyday, "HONOURS", frozenset())
        assert consults(analyse_text(text)) == ["received"]
    assert consults(analyse_text(text)) == []


def test_a_visitor_received_stays_a_meeting(analyse_text):
    assert consults(analyse_text("The minister received the Chinese ambassador in Ankara.")) == ["received"]
