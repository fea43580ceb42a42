"""A subject "it" its own sentence settles (resolve/it_subjects.py): the named body whose verb of saying
frames its clause, and the main clause's one named object when the main clause's subject cannot be "it".
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a body's name the tagger reads as a plural ("Airlines") is still the body saying the clause
    ("Japan Airlines said it had looked at both aircraft before choosing.", "Japan Airlines"),
    # the verb of saying joined to another verb of the same subject
    ("Nintendo has a 95% share of the market and said it expected to sell five million units.", "Nintendo"),
    # a framing "it" passes its body on; the description beside a name says whose the name is
    ("Nintendo raised its forecast on Monday. It also said it expected to sell five million units.", "Nintendo"),
    ("Vortex, the online music retailer, said it had been looking for a buyer.", "Vortex"),
])
def test_a_named_body_saying_the_clause_is_it(resolved_name, text, expected):
    assert resolved_name(text, "it") == expected


def test_a_plural_speaker_does_not_frame_it(resolved_name):
    assert resolved_name("Analysts said it would be a hard year for Nintendo.", "it") is None


@pytest.mark.parametrize("text, expected", [
    # people or a plural cannot be "it": the body the main clause acts on is
    ("Shareholders sued the Royal Bank of Scotland after it cut the dividend.", "Royal Bank of Scotland"),
    ("Investors praised Nestle. The directors backed Unilever, although it had offered less.", "Unilever"),
])
def test_it_in_an_adverbial_clause_is_the_main_clauses_object(resolved_name, text, expected):
    assert resolved_name(text, "it") == expected


def test_a_singular_main_subject_is_left_to_the_rest(resolved_name):
    # the firm itself may be "it": no object is preferred to it
    assert resolved_name("Unilever praised Nestle after it raised its dividend.", "it") != "Nestle"


@pytest.mark.parametrize("text, expected", [
    # the body whose announcement, statement or warning holds the clause, by its "by"/"from" phrase or
    # its possessive, also where the parser hangs the clause on the main verb
    ("Bertelsmann rejected the offer from Vivendi on Monday. Its shares fell after a statement from Vivendi "
     "that it would sue Bertelsmann.", "Vivendi"),
    ("Bertelsmann rejected the offer from Vivendi on Monday. Its shares fell after Vivendi's warning that it "
     "would sue Bertelsmann.", "Vivendi"),
    ("The site closed following an announcement by the Recording Industry Association of America that it "
     "was launching legal action against file sharers.", "Recording Industry Association of America"),
])
def test_it_in_an_announcements_clause_is_its_maker(resolved_name, text, expected):
    assert resolved_name(text, "it") == expected


def test_a_person_s_announcement_leaves_it_to_the_rest(resolved_name):
    # a person is no "it": the clause's "it" is not the one who announced
    text = "Vivendi rejected the bid on Monday. Shares fell after a statement by Michael Green that it " \
        "would sue Bertelsmann."
    assert resolved_name(text, "it") != "Michael Green"
