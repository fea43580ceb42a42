"""Words of support in senses that support no one (extract/acknowledged.py): a fact or a need recognised,
someone recognised by sight, fighters who hail from a group; a state, a government or an independence
recognised stays. Sentences of our own; each dropped event is checked to be made without the rule."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import idle_acts


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (idle_acts, "acknowledged", lambda event, trigger, res: None))


@pytest.mark.parametrize("text, trigger", [
    ("Our exports have doubled in five years, and the World Bank recognised this.", "recognised"),
    ("Mr Hollis told the court he was unable to recognize his attacker.", "recognize"),
    ("The rebels, who hail from the Nuba mountains, joined the southern army.", "hail"),
])
def test_support_in_another_sense_is_no_event(text, trigger, analyse_text, without_rule):
    assert ("SUPPORT", trigger) in type_triggers(without_rule(text))
    assert ("SUPPORT", trigger) not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, trigger", [
    ("Britain recognised Kosovo as an independent state on Monday.", "recognised"),
    ("Moscow recognised the independence of Abkhazia.", "recognised"),
    ("Mr Blair promised to hail Labour's record on the economy from now until polling day.", "hail"),
])
def test_recognition_and_praise_stay(text, trigger, analyse_text):
    assert ("SUPPORT", trigger) in type_triggers(analyse_text(text))
