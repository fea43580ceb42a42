"""A criticism of "the attack", "the ambush" that the story has given its attacker (the attack told with its
attacker just before) faults that attacker, as "condemned the attack by the rebels" would. Sentences are
our own."""
from __future__ import annotations


def test_the_condemned_attack_faults_its_attacker(events_named):
    found = events_named("Masked gunmen attacked a wedding party in Kirkuk on Sunday, killing nine guests. "
                         "The Iraqi government condemned the attack.")
    assert ("ACCUSE", "Iraqi government", "gunmen") in found, found


def test_an_ambush_told_back(events_named):
    found = events_named("Maoist rebels ambushed a police patrol in Chhattisgarh, killing four officers. "
                         "India strongly condemned the ambush.")
    assert any(t == "ACCUSE" and s == "India" and o == "rebels" for t, s, o in found), found


def test_an_attack_with_no_attacker_told_faults_no_one(events_named):
    found = events_named("Nine guests died at a wedding party in Kirkuk on Sunday. "
                         "The Iraqi government condemned the attack.")
    assert not any(t == "ACCUSE" and o is not None for t, s, o in found), found


def test_a_critic_who_fights_the_attacker_keeps_the_other_side(events_named):
    # two sides at war: the bare attack may be either's, so nobody is faulted by the noun alone
    found = events_named("Hamas fired rockets at Israel on Monday and Israel shelled Gaza. "
                         "Egypt condemned the attack.")
    assert not any(t == "ACCUSE" and s == "Egypt" and o is not None for t, s, o in found), found


def test_an_attacker_named_only_after_the_criticism_is_not_faulted(events_named):
    found = events_named("Six passengers died on a bus in Karachi on Monday. Pakistan condemned the attack. "
                         "Later that day masked gunmen shot a policeman in Quetta.")
    assert not any(t == "ACCUSE" and s == "Pakistan" and o is not None for t, s, o in found), found
