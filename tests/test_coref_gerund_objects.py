"""An object pronoun of a gerund after a preposition ("after stabbing him", "by hiring her") is never
the subject of the verb the preposition hangs on: that subject does the gerund's act. Sentences are
our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun, expected", [
    ("Witnesses said Mark Reed had argued with Tom Jones outside a bar. "
     "Jones was later charged with assault after stabbing him in the leg.", "him", "Mark Reed"),
    ("Sarah Cole had run the charity for a decade. Helen Park, the new chair, "
     "angered donors by firing her without notice.", "her", "Sarah Cole"),
    # through a coordination under the preposition
    ("Tony Blake said he looked forward to meeting Raul Ortiz and working with him.", "him", "Raul Ortiz"),
])
def test_a_gerund_object_pronoun_is_not_the_subject_above(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


@pytest.mark.parametrize("text, pronoun", [
    # no other person in reach: the pronoun stays open rather than take the doer
    ("Tom Jones was charged with assault after stabbing him in the leg.", "him"),
    ("Helen Park angered donors by firing her without notice.", "her"),
])
def test_without_another_person_the_gerund_object_stays_open(resolved_name, text, pronoun):
    assert resolved_name(text, pronoun) is None
