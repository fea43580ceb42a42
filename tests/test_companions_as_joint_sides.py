"""A side joined "along with" or "together with" another is a joint side: "Germany, along with
France, condemned ..." is both. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, typ, subjects", [
    ("Norway, along with Denmark, condemned the whaling decision.", "ACCUSE", {"Norway", "Denmark"}),
    ("Spain, together with Portugal and Greece, rejected the budget plan.", "REJECT", {"Spain", "Portugal", "Greece"}),
])
def test_companions_of_a_subject_are_subjects(events_named, text, typ, subjects):
    assert subjects <= {s for t, s, _ in events_named(text) if t == typ}


def test_companion_of_a_passive_subject_is_acted_on(events_named):
    objects = {o for t, _, o in events_named("Mr John Okafor, together with his cousin, was charged with fraud.") if t == "ACCUSE"}
    assert "his cousin" in objects


def test_a_plain_with_phrase_is_no_side(events_named):
    # "with" alone names what the act is with, not one who acts beside the subject
    text = "Norway condemned the decision with Denmark watching."
    assert "Denmark" not in {s for _, s, _ in events_named(text)}
