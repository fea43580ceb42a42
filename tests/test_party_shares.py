"""One politician of a party acts in own name, and a share of its MPs counted as such ("some Labour
MPs", "several Tory MPs", "up to 40 Labour MPs", "dozens of Tory MPs", "two Labour MPs") acts as that group, not as the party: the rest of the party may stand
where it stood. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, party", [
    ("Some Labour MPs called for the health minister to be sacked.", "Labour Party"),
    ("Several Tory MPs accused the party leader of betraying farmers.", "Conservative Party"),
    ("Up to 40 Labour MPs could vote against the tuition fees bill.", "Labour Party"),
    ("Dozens of Tory MPs opposed the plan to close rural post offices.", "Conservative Party"),
])
def test_a_counted_share_of_a_partys_mps_is_not_the_party(events_named, text, party):
    subjects = {s for _, s, _ in events_named(text)}
    assert subjects and party not in subjects and any(s and "mps" in s.lower() for s in subjects), subjects


@pytest.mark.parametrize("text, party", [
    ("Two Labour MPs criticised the Home Office over its asylum backlog.", "Labour Party"),
    ("Twelve Tory MPs accused the chancellor of breaking his promise on pensions.", "Conservative Party"),
])
def test_a_bare_number_of_a_partys_mps_is_a_share_too(events_named, text, party):
    """So many MPs are so many of the party's members, as "some Labour MPs" are: not the party."""
    subjects = {s for _, s, _ in events_named(text)}
    assert subjects and party not in subjects and any(s and "mps" in s.lower() for s in subjects), subjects


def test_the_party_itself_still_acts(events_named):
    subjects = {s for _, s, _ in events_named("The Labour Party criticised the Home Office over its asylum backlog.")}
    assert "Labour Party" in subjects


@pytest.mark.parametrize("text, body, person", [
    ("A senior Labour politician accused the chancellor of hiding the true cost of the scheme.", "Labour Party",
     "senior Labour politician"),
    ("The British government is naive to refuse the plan, a leading EU politician said on Monday.", "European Union",
     "leading EU politician"),
])
def test_one_politician_of_a_party_or_union_speaks_in_own_name(events_named, text, body, person):
    subjects = {s for _, s, _ in events_named(text)}
    assert person in subjects and body not in subjects, subjects
