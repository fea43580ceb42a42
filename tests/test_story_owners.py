"""A thing owned by a bare body ("the government's plans", "government proposals"), or a standing
arrangement faulted ("the current system"), is aimed at the body the story names under the same word
(extract/story_owners.py; PLOVER ACCUSE aimed at a thing's maker); two bodies under the word, or none named,
leave the thing's owner open."""
from __future__ import annotations

import pytest


def accusations(events_named, text):
    return {e[1:3] for e in events_named(text) if e[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("The Kenyan government said on Monday it would raise fuel taxes. Opposition leader Raila Odinga "
     "attacked the government's plans.", "Raila Odinga", "Kenyan government"),
    ("The Australian government unveiled a new immigration policy. The Refugee Council of Australia said the "
     "government's policy was a disgrace.", "Refugee Council of Australia", "Australian government"),
    ("The Canadian government met provincial premiers in Ottawa. Unions condemned government proposals to "
     "raise the pension age.", "unions", "Canadian government"),
])
def test_a_bare_owner_is_the_government_the_story_names(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("The Australian government defended its asylum rules on Monday. The Refugee Council of Australia said the "
     "current system was unfair and inhumane.", "Refugee Council of Australia", "Australian government"),
    ("The Australian government defended its asylum rules on Monday. The Refugee Council of Australia condemned "
     "the existing rules.", "Refugee Council of Australia", "Australian government"),
])
def test_a_standing_arrangement_faulted_is_the_governments(events_named, text, accuser, accused):
    assert (accuser, accused) in accusations(events_named, text)


@pytest.mark.parametrize("text", [
    "The Iraqi government and the Turkish government met in Ankara. Critics attacked the government's plans.",
    "Critics attacked the government's plans for the railways.",
    "Microsoft released a new version of Windows. Critics said the current system was a disaster.",
    "The Iraqi government and the Turkish government met in Ankara. Critics said the current system was unfair.",
])
def test_two_governments_or_none_leave_the_owner_open(events_named, text):
    assert all(accused is None for _, accused in accusations(events_named, text))
