"""A person pronoun with no subject in its own or the previous sentence goes to the latest subject
person when that person is also the one named last (resolve/person_choice.agreed_person); not when
another person is a subject of that sentence too ("Mr Dawes was jailed hours before Rick Olsen was
killed. He was driving Olsen's van ... At the time he was on probation": either of the two, and
named last makes Olsen no likelier). An empty side is better than the wrong person. Sentences of our own."""
from __future__ import annotations

import pytest


def sides(analysis, kind: str) -> list[tuple[str | None, str | None]]:
    """(subject name, object name) of the events of one type."""
    name = lambda key: analysis.entities[key].name if key else None   # noqa: E731
    return [(name(e.subject), name(e.object)) for e in analysis.events if e.type == kind]


@pytest.mark.parametrize("text, wrong", [
    ("Mr Dawes, 40, was jailed in 1998 after a brawl hours before singer Rick Olsen was killed in a shooting. "
     "He was driving Olsen's van at the time and was hurt. At the time he was on probation for assaulting "
     "two waiters.", "Rick Olsen"),
    ("Carl Dunne was sacked in June days before his manager Peter Voss was arrested. He had driven Voss's "
     "car to the office that morning. Last year he punched a security guard at the depot.", "Peter Voss"),
])
def test_a_pronoun_is_not_given_the_last_named_of_two_subject_people(analyse_text, text, wrong):
    assert all(subject != wrong for subject, _ in sides(analyse_text(text), "ASSAULT"))


def test_a_pronoun_goes_on_with_the_one_subject_person(analyse_text):
    text = ("Mr Dawes, 40, was jailed in 1998 after a brawl. He was driving Olsen's van at the time and was "
            "hurt. At the time he was on probation for assaulting two waiters.")
    assert ("Dawes", "waiters") in sides(analyse_text(text), "ASSAULT")


def test_one_who_only_tells_of_the_subject_is_no_rival(analyse_text):
    text = ("Sgt Ann Lowe said the man, who had lost his farm in May, walked into the bank with a rifle. He "
            "then let two clerks leave. Negotiators were sent in to talk the man out of the bank. He finally "
            "punched a guard at the door and was arrested.")
    assert any(subject == "man" for subject, _ in sides(analyse_text(text), "ASSAULT"))


def test_the_subject_of_the_main_clause_outranks_one_of_a_clause_under_it(analyse_text):
    text = ("Though Tom Keane was a hero to the students, Mr Harlan was no radical. The students never trusted "
            "the police. As a young man he ran the city's vice squad. Long after the war he was convicted of "
            "burgling the offices of a union. He was later pardoned by President Gerald Ford.")
    assert ("Gerald Ford", "Harlan") in sides(analyse_text(text), "CONCEDE")
