"""'his country', 'her nation': the state a person belongs to, never the person; no side when the
person's country is unknown (extract/homelands.py). Sentences are our own."""
from __future__ import annotations


def test_a_head_of_state_s_country_is_the_state(events_named):
    events = events_named("President Vladimir Putin said his country would send troops to Syria.")
    # the subject is what this test is about: the destination's reading belongs to the MOBILIZE tests
    assert any(e[:2] == ("MOBILIZE", "Russia") for e in events)
    assert not any(e[0] == "MOBILIZE" and e[1] == "Vladimir Putin" for e in events)


def test_a_named_owner_s_country_is_the_state(events_named):
    events = events_named("Vladimir Putin met reporters in Moscow. Putin's country will attack Ukraine, he warned.")
    # the speaker foretells the act of the state they speak for: a threat of the speaker's own
    assert ("THREATEN", "Vladimir Putin", "Ukraine") in events
    assert not any(e[0] == "ASSAULT" and e[1] == "Vladimir Putin" for e in events)


def test_the_office_gives_the_country_and_the_speaker_threatens(events_named):
    events = events_named("Chadian President Idriss Deby said his country would send troops to Mali. "
                          "Deby said his country would strike Sudan.")
    assert any(e[:2] == ("MOBILIZE", "Chad") for e in events)
    assert ("THREATEN", "Idriss Deby", "Sudan") in events


def test_a_person_of_unknown_country_leaves_the_side_empty(events_named):
    events = events_named("Speaking in the capital, Mr. Tomas Arven said his country was not arming the rebels.")
    assert not any(e[1] == "Tomas Arven" for e in events)


def test_a_state_s_own_nation_is_left_to_the_state(events_named):
    # the owner is a country, not a person: the rule does not apply
    assert ("ASSAULT", "Egypt", "militants") in events_named("Egypt said its nation would attack the militants in Sinai.")
