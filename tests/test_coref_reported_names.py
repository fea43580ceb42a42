"""A pronoun speaker put after what it reports ("..., he said") is not a person named in that
report: a speaker tells of others by name and of himself as "I" or, in the writer's words, "he".
Sentences are our own."""
from __future__ import annotations


def test_the_speaker_is_not_the_person_named_in_the_report(resolved_name):
    text = ("Senator Peter Walsh spoke in Leeds on Monday. The party, he said, could cut crime. "
            "This is the record Tom Reed will have to defend in the spring, he said.")
    assert resolved_name(text, "he") == "Peter Walsh"


def test_a_report_naming_the_only_person_leaves_the_speaker_open(resolved_name):
    # the one person met is the one told of: no one is left to be the speaker
    text = "The council met on Monday. Tom Reed would have to answer for the delay, he said."
    assert resolved_name(text, "he") is None


def test_a_report_naming_no_one_keeps_the_speaker_before_it(resolved_name):
    text = "Senator Peter Walsh spoke in Leeds on Monday. The plan would cost jobs, he said."
    assert resolved_name(text, "he") == "Peter Walsh"


def test_the_speakers_event_takes_the_speaker(events_named):
    text = ("Senator Peter Walsh spoke in Leeds on Monday. Tom Reed had failed the town, he said, "
            "urging Glenmore Council to hold an inquiry.")
    assert ("REQUEST", "Peter Walsh", "Glenmore Council") in events_named(text)
