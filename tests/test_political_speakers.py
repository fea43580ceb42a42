"""A lone statement or backing of a policy by one whose own phrase names a political office or
chamber ("Transport Minister X", "Labour MPs", "Parliament") is political news, as an office
holder's is (extract/keep.py political_speaker); a former holder's, or anyone else's, is not. And a
quote of the predicate alone leaves the reported "would" outside the quotation: "said the decision
would be 'deeply wrong'" is a judgement made, not a condition (extract/gate.py modal_quoted)."""
from __future__ import annotations

import pytest

from named_events import typed_sides


@pytest.mark.parametrize("text, etype, subject", [
    ("Transport Minister Ana Ferreira welcomed the report on rural stations.", "SUPPORT", "Ana Ferreira"),
    ("The prime minister rejected the proposal to raise fuel duty.", "REJECT", None),
    ("Labour MPs called for a public inquiry into the contract.", "REQUEST", None),
    ("Parliament opposed the changes to the pension scheme.", "REJECT", "Parliament"),
])
def test_a_political_office_or_chamber_acts_alone(text, etype, subject, events_named):
    found = typed_sides(events_named(text), etype)
    assert found, text
    if subject is not None:
        assert (subject, None) in found


@pytest.mark.parametrize("text", [
    "Former Transport Minister Ana Ferreira welcomed the report on rural stations.",
    "Ana Ferreira, a former minister, welcomed the report on rural stations.",
    "Ana Ferreira welcomed the report on rural stations.",
    "The shopkeeper welcomed the report on rural stations.",
])
def test_a_former_holder_or_a_private_person_does_not(text, events_named):
    assert not typed_sides(events_named(text), "SUPPORT")


def test_a_quoted_predicate_leaves_the_reported_would_outside(events_named):
    text = 'Transport Minister Ana Ferreira said the decision would be "deeply wrong".'
    assert ("Ana Ferreira", None) in typed_sides(events_named(text), "ACCUSE")


def test_a_would_inside_the_quotation_stays_a_condition(events_named):
    text = 'Transport Minister Ana Ferreira said: "The decision would be deeply wrong."'
    assert not typed_sides(events_named(text), "ACCUSE")


def test_talks_held_by_a_minister_are_news_alone(events_named):
    assert typed_sides(events_named("Foreign Minister Ana Ferreira will hold talks in Lisbon on Friday."), "CONSULT")
    assert not typed_sides(events_named("The shopkeeper held talks on Friday."), "CONSULT")


def test_an_office_named_elsewhere_in_the_text_counts(events_named):
    text = "Transport Minister Ana Ferreira visited Leeds on Monday. Ms Ferreira welcomed the report on rural stations."
    assert ("Ana Ferreira", None) in typed_sides(events_named(text), "SUPPORT")
    plain = "Ana Ferreira visited Leeds on Monday. Ms Ferreira welcomed the report on rural stations."
    assert not typed_sides(events_named(plain), "SUPPORT")


def test_a_speech_by_a_minister_is_no_talks(events_named):
    # "speaking" hangs under "called", as "called a meeting" would: a speech all the same
    text = ("Defence Secretary Ana Ferreira, speaking at a security conference in Oslo, also called for shipping "
            "firms to do more to protect their vessels.")
    assert not typed_sides(events_named(text), "CONSULT")
