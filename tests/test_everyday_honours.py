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


def rejections(analysis) -> list[str]:
    return [e.trigger for e in analysis.events if e.type == "REJECT"]


def test_an_honour_declined_is_no_rejection(analyse_text, analyse_without):
    # turning down a prize or a title rejects no one's proposal or demand (everyday.honour)
    text = "The composer Lena Marsh refused her Grammy in protest at the label's treatment of session players."
    assert rejections(analyse_without(text, (everyday, "honour", lambda tok: False))) == ["refused"]
    assert rejections(analyse_text(text)) == []


def test_a_pay_award_rejected_stays_a_rejection(analyse_text):
    # a pay award settles wages: the union turning it down rejects the employer's offer
    assert rejections(analyse_text("Nurses rejected the pay award offered by ministers.")) == ["rejected"]
