"""Disagreement with another side's claim, decision or ruling is a refusal of that side (PLOVER
REJECT): "disagreed with", "disputed", "refuted", "contested the ruling" (data/lexicon/verbs.yaml).
Sentences written for newsgraph."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("Senator Kerry disagreed with President Bush's decision to send more troops.", "kerry", "bush"),
    ("The Irish finance minister disagreed with the European Commission over the tax ruling.", "ireland", "european commission"),
    ("The Ethiopian government disputed Amnesty International's account of the killings.", "ethiopia", "amnesty"),
    ("The Nigerian army refuted Amnesty International's report on the detentions.", "nigeria", "amnesty"),
    ("Ryanair contested the European Commission's decision in court.", "ryanair", "european commission"),
])
def test_disagreement_refuses_the_other_side(text, subject, other, analyse_text):
    found = named_sides(analyse_text(text), "REJECT", lower=True, both=True)
    assert any(subject in s and other in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "Labour will contest the seat at the next election.",   # a race, no ruling challenged
    "Most economists disagree about the timing of the next rate rise.",   # with no other side
    "India and Pakistan both claim the disputed region of Kashmir.",   # a participle naming a place
])
def test_no_disagreement_without_another_side(text, analyse_text):
    assert named_sides(analyse_text(text), "REJECT", lower=True, both=True) == set(), text
