"""A passive verb joined to the verb before it shares that verb's subject as the one acted on:
"X fled but was arrested by police". Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind, doer, done_to", [
    ("Peter Walsh fled the scene but was apprehended by police an hour later.", "COERCE", "police", "Peter Walsh"),
    ("Mr Okoro flew home on Sunday and was detained by security agents at the airport.", "COERCE",
     "security agents", "Okoro"),
])
def test_the_first_verb_s_subject_is_acted_on(events_named, text, kind, doer, done_to):
    assert (kind, doer, done_to) in events_named(text), events_named(text)


def test_a_passive_with_its_own_subject_keeps_it(events_named):
    found = events_named("Police raided the flat and two brothers were arrested by detectives in Leeds.")
    assert not any(o == "police" for t, _, o in found if t == "COERCE"), found
