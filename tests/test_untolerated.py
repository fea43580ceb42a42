"""Violence an actor says it will not tolerate is condemned (extract/untolerated.py, PLOVER ACCUSE): an
accusation by the speaker of the doer the noun names, if any, asserted (not negated: the refusal is the
condemnation). Tolerating it, or refusing to tolerate what is no violence, is none. Sentences written for newsgraph."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, accuser", [
    ("The Kenyan president William Ruto said he would not tolerate attacks on police officers.", "William Ruto"),
    ("Nigeria will not tolerate the killings of farmers in Benue, the Nigerian army said.", "Nigeria"),
])
def test_violence_not_tolerated_is_condemned(events_named, text, accuser):
    got = events_named(text, "negated")
    assert ("ACCUSE", accuser, None, False) in got, got


def test_the_doer_named_with_the_violence_is_accused(events_named):
    got = events_named("The Kenyan government said it would not tolerate Somalia's raids on its border posts.")
    assert any(e[0] == "ACCUSE" and e[2] == "Somalia" for e in got), got


@pytest.mark.parametrize("text", [
    "The Kenyan government tolerated the protests in Nairobi for a week.",   # tolerated
    "The Kenyan president William Ruto said he would not tolerate delays.",   # no violence
])
def test_no_accusation_without_violence_refused(events_named, text):
    assert not any(e[0] == "ACCUSE" for e in events_named(text)), events_named(text)
