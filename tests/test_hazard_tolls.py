"""The toll of a natural hazard read as violence with no doer (extract/hazard_tolls.py, called by
one_sided.one_sided_rule). Sentences of our own; the dropped event is checked to be made when the rule
is switched off, and violence with a doer, or a hazard told of a place, is checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import one_sided


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (one_sided, "hazard_toll", lambda *args: False))


def test_a_hazard_toll_is_no_attack(analyse_text, without_rule):
    text = "Officials say at least 30 people were killed and more than 100 injured by the quake, which struck on Tuesday."
    assert ("ASSAULT", "killed") in type_triggers(without_rule(text))
    assert ("ASSAULT", "killed") not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # the same toll by people
    ("Police say at least 30 people were killed and more than 100 injured by the gunmen, who escaped.",
     ("ASSAULT", "killed")),
    # a hazard told of the place where people were held, not of the arrest
    ("Two journalists were detained in the area hit by the earthquake.", ("COERCE", "detained")),
    # violence with no doer and no hazard
    ("Three soldiers were killed and two wounded in an ambush near the border.", ("ASSAULT", "killed")),
])
def test_violence_not_done_by_a_hazard_is_kept(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))
