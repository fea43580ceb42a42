"""'X said he VERBed her' where X's sex is not stated: either pronoun may be the speaker, so "he" is not
read as the speaker (resolve/framing.py), and "his" joined to an open "he" stays open too
(resolve/conjoined_owners.py). Sentences are our own."""
from __future__ import annotations


def roles(analysis, etype: str) -> set[tuple[str | None, str | None]]:
    name = {k: e.name.lower() for k, e in analysis.entities.items()}
    return {(name.get(e.subject, e.subject), name.get(e.object, e.object))
            for e in analysis.events if e.type == etype}


def test_a_speaker_of_no_stated_sex_is_not_the_he_who_harmed_her(analyse_text):
    found = roles(analyse_text("A cleaner who said he had assaulted her in a stairwell went to the police in Leeds."),
                  "ASSAULT")
    assert not any(s and "cleaner" in s for s, _ in found), found


def test_his_joined_to_an_open_he_is_not_the_speaker(analyse_text):
    text = ("The actor Dean Morrow was sued on Monday by a stylist who claimed he and his bodyguards "
            "drugged and beat her at a hotel in Miami.")
    found = roles(analyse_text(text), "ASSAULT")
    assert not any(s and "stylist" in s for s, _ in found), found


def test_a_speaker_of_stated_sex_stays_the_speaker(analyse_text):
    found = roles(analyse_text("Mr Lopez said he had attacked her in self-defence outside a bar in Madrid."),
                  "ASSAULT")
    assert any(s and "lopez" in s for s, _ in found), found


def test_a_speaker_with_no_other_person_in_the_clause_stays_the_speaker(analyse_text):
    found = roles(analyse_text("A farmer who said he had beaten the intruder was arrested in Kent."), "ASSAULT")
    assert any(s and "farmer" in s for s, _ in found), found
