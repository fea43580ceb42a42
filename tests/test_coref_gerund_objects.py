"""An object pronoun of a gerund after a preposition ("after stabbing him", "by hiring her") is never
the subject of the verb the preposition hangs on: that subject does the gerund's act. Sentences are
our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun, expected", [
    ("Witnesses said Mark Reed had argued with Tom Jones outside a bar. "
     "Jones was later charged with assault after stabbing him in the leg.", "him", "Mark Reed"),
    # (the new chair named in apposition, "Helen Park, the new chair, angered donors", is read with "angered" as
    # an adjective of "donors": no rule can see the gerund's doer there)
    ("Sarah Cole had run the charity for a decade. Mrs Park "
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


def test_an_adjectives_subject_does_the_gerund(resolved_name):
    # "Tom Ruiz was intent on recruiting him": Tom Ruiz recruits, so "him" is someone else
    text = "Leo Marsh is a star surgeon. Tom Ruiz, a hospital chief, was so keen on hiring him that he flew to Boston."
    assert resolved_name(text, "him") != "Tom Ruiz"


@pytest.mark.parametrize("text, pronoun, expected", [
    # the object of "thank ... for" does the gerund's act: the subject may be its object
    ("John Hale became an actor at 20. He thanked his mother for inspiring him.", "him", "John Hale"),
    # a preposition on a noun or a copula, or a gerund with a subject of its own: no doer above it
    ("Doctors found a knee injury in Sam Ortiz, and there was talk of shutting him down for the season.", "him",
     "Sam Ortiz"),
    ("Paul Grant was the favourite for the job, with betting on him becoming manager suspended on Friday.", "him",
     "Paul Grant"),
    ("Sam Ortiz scored a late goal with two defenders hanging on him.", "him", "Sam Ortiz"),
])
def test_a_gerund_someone_else_does_may_take_the_subject_above(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


def test_a_speakers_gerund_leaves_the_antecedent_to_the_quote(resolved_name):
    # "I" does the gerund's act, and is no antecedent of "him" anyway: him is the man the quote is about
    text = ('Tom Reid backed Walter Grant for the job. "Walter is a real football man, as I know from working '
            'with him at the club," Reid said.')
    assert resolved_name(text, "him") in ("Walter", "Walter Grant")
