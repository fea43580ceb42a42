"""A duty a speaker says another actor should have done is a reproach (PLOVER ACCUSE): the time to
act is past (extract/hindsight.py, read by said_about.about_other). Our own sentences."""
from __future__ import annotations

import pytest

REPROACHED = [
    ("Human Rights Watch said the Egyptian government should have protected the protesters.", "Egypt"),
    ("Oxfam said Brussels should not have cut its aid to the farmers.", "Belgian"),
    ("The Kenyan opposition said Ethiopia should have warned its neighbours about the dam.", "Ethiopia"),
    ("Portugal should have consulted its partners before the vote, the Spanish foreign minister said.", "Portugal"),
    ("Mr Okafor \"should have withdrawn the remark at once\", said Mr Adeyemi.", "Okafor"),
    ("Senator Alvarez said Obama should have listened to his generals.", "Obama"),
]

NOT_REPROACHED = [
    "The coach said his strikers should have scored more goals.",              # an outcome hoped for
    "The Danish minister said the reports should have been published.",         # passive: no doer named
    "We should have acted sooner, the Norwegian minister admitted.",            # the speaker's own side
    "The Kenyan opposition said Ethiopia must have known about the flooding.",  # a guess, no duty
    "Asked whether he thought Ethiopia should have warned Kenya, the envoy shrugged.",   # a question
    "Senator Alvarez said Obama should have been meeting his generals by now.",  # what one expects
]


def _named(events_named, text, kind):
    return {str(o) for t, _, o in events_named(text) if t == kind}


@pytest.mark.parametrize(("text", "accused"), REPROACHED)
def test_a_duty_said_to_have_been_left_undone_accuses_its_doer(text, accused, events_named):
    assert any(accused in o for o in _named(events_named, text, "ACCUSE"))


def test_a_duty_still_to_do_stays_a_demand(events_named):
    text = "Human Rights Watch said the Egyptian government should protect the protesters."
    assert any("Egypt" in o for o in _named(events_named, text, "REQUEST"))
    assert not any("Egypt" in o for o in _named(events_named, text, "ACCUSE"))


def test_a_reproach_is_made_not_only_possible(analyse_text):
    text = "Human Rights Watch said the Egyptian government should have protected the protesters."
    found = [e for e in analyse_text(text).events if e.type == "ACCUSE"]
    assert found and all(e.certainty != "possible" for e in found)


@pytest.mark.parametrize("text", NOT_REPROACHED)
def test_no_reproach_without_a_duty_of_another(text, events_named):
    assert _named(events_named, text, "ACCUSE") <= {"None"}
