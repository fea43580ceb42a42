"""An actor said to answer for a harm (extract/stance.py harm_noun, bears_responsibility): the harm
is a word of the list or an act of violence or coercion the lexicon names; responsibility may be
borne as well as held. Sentences written for newsgraph."""
import pytest

from named_events import named_sides


@pytest.mark.parametrize(("text", "speaker", "other"), [
    ("Canberra said Beijing was responsible for the cyberattack on parliament.", "australia", "chin"),
    ("Hezbollah said Israel bore full responsibility for the deaths.", "hezbollah", "israel"),
    ("The Sudanese army said the RSF carried responsibility for the massacre.", "sudan", "rapid"),
])
def test_a_harm_answered_for_is_an_accusation(text, speaker, other, analyse_text):
    found = named_sides(analyse_text(text), "ACCUSE", lower=True, both=True)
    assert any(speaker in s and other in o for s, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "Hezbollah said it bore responsibility for the security of the border.",
    "The ministry said the Lebanese army was responsible for the security of the border.",
    "Siemens said Alstom was responsible for the maintenance of the trains.",
])
def test_a_duty_is_no_harm(text, analyse_text):
    assert named_sides(analyse_text(text), "ACCUSE", lower=True, both=True) == set(), text
