"""Stances on statements are aimed at the statement's maker (PLOVER ACCUSE and REJECT,
extract/antecedents.py): the maker named with the statement noun ("Putin's comments", "the claims by
Iran"), or, for a statement already told of ("the claims", "these remarks"), the actor who made a
statement in the sentences just before. Sentences written for these tests; "-" is a side left unnamed."""
from __future__ import annotations

import pytest


def stances(events_named, text, etype):
    return [(r[1] or "-", r[2] or "-") for r in events_named(text) if r[0] == etype]


def has(rows, subject, other):
    return any(subject.lower() in s.lower() and (o == "-" if other == "-" else other.lower() in o.lower())
               for s, o in rows)


@pytest.mark.parametrize(("text", "etype", "subject", "other"), [
    # the maker named with the statement noun: owner, "by", "from", a participle's "by"
    ("Joe Biden condemned Vladimir Putin's comments on Ukraine.", "ACCUSE", "Biden", "Putin"),
    ("The Labour Party denounced the remarks by Nigel Farage.", "ACCUSE", "Labour", "Farage"),
    ("China denounced the statement from the G7 leaders.", "ACCUSE", "China", "Group of Seven"),
    ("Germany dismissed the claims from Poland.", "REJECT", "Germany", "Poland"),
    ("The Kremlin rejected the statement issued by NATO.", "REJECT", "Russia", "NATO"),
    ("Beijing criticised Washington's remarks on Taiwan.", "ACCUSE", "Chinese", "United States"),
    # said in the sentences before: a speaker, a claimant, an accuser
    ("Israel said Hamas fighters were hiding in the hospital. Hamas rejected the claims.", "REJECT", "Hamas",
     "Israel"),
    ("Amnesty International said police had tortured detainees in Cairo. The Egyptian interior ministry "
     "denied the allegations.", "REJECT", "Egypt", "Amnesty"),
    ("Poland accused Germany of blocking aid. Berlin rejected the accusations.", "REJECT", "Berlin", "Poland"),
    ("Donald Trump said Iran was building a bomb. Emmanuel Macron criticised the remarks.", "ACCUSE", "Macron",
     "Trump"),
    ("Nigel Farage said the army was weak. Rishi Sunak hit out at the comments.", "ACCUSE", "Sunak", "Farage"),
    # refused in the passive, called false in a quotation, attacked in words
    ("Vladimir Putin said NATO had provoked the war. The claims were dismissed by Washington.", "REJECT",
     "United States", "Putin"),
    ("Donald Trump said Mexico was sending criminals. \"These remarks are false,\" Mexico's foreign ministry said.",
     "REJECT", "Mexico", "Trump"),
    ("Donald Trump said Mexico was sending criminals. Mexico's foreign ministry attacked the remarks.", "ACCUSE",
     "Mexico", "Trump"),
    # the nearest maker other than the one answering
    ("Rishi Sunak said he would cut taxes. Rachel Reeves said the plan was unfunded. Sunak rejected the "
     "criticism.", "REJECT", "Sunak", "Reeves"),
])
def test_a_stance_on_a_statement_is_aimed_at_its_maker(text, etype, subject, other, events_named):
    rows = stances(events_named, text, etype)
    assert has(rows, subject, other), (text, rows)


@pytest.mark.parametrize(("text", "subject", "other"), [
    # verbs of dismissing a claim, each with its maker named or said before
    ("The White House debunked the claims by Iran.", "United States", "Iran"),
    ("Vladimir Putin claimed that NATO had provoked the war. Washington rubbished the claims.", "United States",
     "Putin"),
    ("Rishi Sunak claimed Labour would raise taxes. Keir Starmer laughed off the claims.", "Starmer", "Sunak"),
    ("Grant Shapps slapped down Labour's suggestion.", "Shapps", "Labour"),
    ("Unilever knocked back Kraft's claims about its brands.", "Unilever", "Kraft"),
    ("The European Union shot down the British proposal.", "European Union", "United Kingdom"),
    ("Microsoft disputed the figures published by the regulator.", "Microsoft", "regulator"),
    ("Nicola Sturgeon said Scotland was being ignored. Downing Street brushed off the remarks.", "", "Sturgeon"),
])
def test_verbs_of_dismissing_a_claim_refuse_its_maker(text, subject, other, events_named):
    rows = stances(events_named, text, "REJECT")
    assert has(rows, subject, other), (text, rows)


@pytest.mark.parametrize(("text", "etype", "subject"), [
    # a claim introduced where it stands is not one told before
    ("Vladimir Putin spoke on Monday. The Kremlin rejected claims that it had interfered in the election.",
     "REJECT", "Kremlin"),
    ("Vladimir Putin spoke on Monday. Kyiv dismissed claims of a Russian breakthrough.", "REJECT", "Kyiv"),
    # the answer's own speech is not the statement answered
    ("Germany said on Monday that it rejected the accusations.", "REJECT", "Germany"),
    # a newspaper reports, it makes no claim one answers as a side
    ("The Guardian reported that Tesla had hidden defects. Tesla dismissed the claims.", "REJECT", "Tesla"),
    # said too long before
    ("Rishi Sunak said taxes would fall. Prices rose. Wages fell. Markets slid. Keir Starmer dismissed the "
     "claims.", "REJECT", "Starmer"),
])
def test_no_maker_is_guessed_without_a_statement_told_just_before(text, etype, subject, events_named):
    rows = stances(events_named, text, etype)
    assert all(o == "-" for s, o in rows if subject.lower() in s.lower()), (text, rows)


def test_a_stance_naming_its_side_keeps_it(events_named):
    text = "Nigel Farage said the army was weak. Keir Starmer criticised Rishi Sunak over the remarks."
    rows = stances(events_named, text, "ACCUSE")
    assert has(rows, "Starmer", "Sunak") and not has(rows, "Starmer", "Farage"), rows


@pytest.mark.parametrize("text", [
    # the nearest statement has no maker one can name: a guess by some, a newspaper's report
    "Rishi Sunak said taxes would fall. Some speculated that the minister had lied. The minister's office denied "
    "the claims.",
    "Rishi Sunak said taxes would fall. The Guardian reported that the Treasury had misled MPs. The Treasury "
    "denied the claims.",
    # the claim was told before by its own noun, with no maker
    "Rishi Sunak spoke in Leeds. The Tories rejected claims that the budget was unfunded. Labour denied the "
    "claims as well.",
    # the statement told before by a noun with no maker, after a speaker who only talks of it
    "Rishi Sunak said taxes would fall. Keir Starmer said the point had been lost in the row over the remark. "
    "The Scottish National Party criticised the comment.",
    # a claim looked into is not held against its maker
    "Rishi Sunak said the Treasury had misled MPs. The Treasury said it was investigating the claims.",
    # a stance asked of another is not taken
    "Rishi Sunak said taxes would fall. Keir Starmer called on Rachel Reeves to denounce the remarks.",
])
def test_the_nearest_statement_decides_its_maker(text, events_named):
    rows = [r for r in events_named(text) if r[0] in ("ACCUSE", "REJECT")]
    assert not any(r[2] and ("Sunak" in r[2] or "Starmer" in r[2]) for r in rows), (text, rows)


def test_an_accusing_participle_makes_its_clause_subject_the_maker(events_named):
    text = ("Sudan complained to the Security Council on Monday, accusing South Sudan of arming the rebels. "
            "Salva Kiir denied the claims on Thursday.")
    assert has(stances(events_named, text, "REJECT"), "Kiir", "Sudan"), events_named(text)


@pytest.mark.parametrize(("text", "subject", "other"), [
    # the statement told by a noun that names its maker
    ("Nicola Sturgeon's comments angered Labour. Keir Starmer criticised the remarks.", "Starmer", "Sturgeon"),
    # a statement made "in a statement" is made by its verb's speaker
    ("Amnesty International said in a statement that police had beaten protesters. The Kenyan government denied "
     "the allegations.", "Kenya", "Amnesty"),
    # a speech is a statement made
    ("Vladimir Putin was speaking in Moscow on Monday. Joe Biden condemned the remarks.", "Biden", "Putin"),
])
def test_the_statement_told_just_before_names_its_maker(text, subject, other, events_named):
    rows = [(r[1] or "-", r[2] or "-") for r in events_named(text) if r[0] in ("ACCUSE", "REJECT")]
    assert has(rows, subject, other), (text, rows)
