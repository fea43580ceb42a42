""""The two countries" after a pair that names a state's leader: the state the leader holds office in,
not the person ("Russian President Vladimir Putin met Chinese President Hu Jintao ... the two countries
signed": Russia and China). Sentences are our own."""
from __future__ import annotations


def test_two_leaders_are_their_two_states(events_named):
    found = events_named("Kenyan President Mwai Kibaki received Ugandan President Yoweri Museveni in Nairobi. "
                         "The two countries signed a trade pact.")
    assert any(t == "AGREE" and {s, o} == {"Kenya", "Uganda"} for t, s, o in found), found


def test_a_leader_beside_a_state_is_his_state(events_named):
    found = events_named("Brazilian President Luiz Inacio Lula da Silva visited Argentina on Tuesday. "
                         "The two countries agreed to cut tariffs.")
    assert any(t == "AGREE" and {s, o} == {"Brazil", "Argentina"} for t, s, o in found), found
    assert not any(t == "AGREE" and "Lula" in (s or "") + (o or "") for t, s, o in found), found


def test_two_men_stay_the_two_men(events_named):
    # "the two men" are the people, whatever office they hold
    found = events_named("Kenyan President Mwai Kibaki received Ugandan President Yoweri Museveni in Nairobi. "
                         "The two men signed a trade pact.")
    assert not any(t == "AGREE" and {s, o} == {"Kenya", "Uganda"} for t, s, o in found), found
