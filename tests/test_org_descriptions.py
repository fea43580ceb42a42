"""Bare descriptions of a named organisation ("the firm", "the oil giant", "the carrier", "the club",
"the band") refer to the nearest organisation whose kind fits the head noun (resolve/org_descriptions.py);
two bodies equally salient, a body of another kind, or a modifier that sets the body apart leave the
description unresolved. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, head, expected", [
    # a company head fits an organisation of no known kind
    ("Microsoft reported higher profits on Thursday. The firm accused Google of copying its software.",
     "firm", "Microsoft"),
    ("Shell cut 3,000 jobs last year. Analysts said the oil giant would sell assets in Nigeria.", "giant", "Shell"),
    # a kind of company: an airline named as one ("Airways"), or an organisation of no known kind
    ("British Airways cut its fares on Monday. Unions said the airline had broken its promises.",
     "airline", "British Airways"),
    ("Ryanair shares rose 5% in Dublin. The carrier rejected a takeover offer from a rival.", "carrier", "Ryanair"),
    # a club known by the players it has, a band by its singer
    ("Chelsea striker Adrian Mutu failed a drug test. The club sacked him on Friday.", "club", "Chelsea"),
    ("Coldplay's new album sold a million copies. Critics praised the band for its ambition.", "band", "Coldplay"),
])
def test_a_bare_description_refers_to_the_organisation_of_its_kind(resolved_name, text, head, expected):
    assert resolved_name(text, head) == expected


def test_the_subject_of_the_nearest_sentence_is_preferred(resolved_name):
    text = "Microsoft signed a licensing deal with Nokia on Monday. The company said it would hire 500 staff."
    assert resolved_name(text, "company") == "Microsoft"


@pytest.mark.parametrize("text, head", [
    # two bodies equally salient: either could be meant
    ("Analysts compared Unilever with Procter & Gamble on Monday. The consumer giant said it would hire staff.",
     "giant"),
    # another body than the one named
    ("Shell cut 3,000 jobs last year. The rival firm hired engineers.", "firm"),
    ("Shell cut 3,000 jobs last year. Its parent company objected.", "company"),
    # a club is no company of unknown kind: "the club" needs a body known to be one
    ("Microsoft reported higher profits. The club criticised the referee.", "club"),
    # a name modifying a thing is its title, not a band's ("the Vertigo tour")
    ("Tickets for the Vertigo tour sold out. The band will play in Dublin.", "band"),
    # the description's "of" phrase says which body it is
    ("Microsoft sent an offer to the company of a Texas investor.", "company"),
])
def test_a_description_that_fits_no_single_body_is_left_open(resolved_name, text, head):
    assert resolved_name(text, head) not in ("Microsoft", "Unilever", "Procter & Gamble", "Shell", "Vertigo")


def test_a_kind_of_company_a_person_may_be_needs_a_body_known_as_one(resolved_name):
    # "the developer" of a story about a games firm's founder is the founder
    text = ("Jon Pell set up Microsoft's games studio in Seattle. The developer, who won an award in 2002, "
            "was worth millions.")
    assert resolved_name(text, "developer") != "Microsoft"


def test_the_object_is_not_the_subject_of_its_own_verb(resolved_name):
    # "Microsoft sued the firm": a firm does not sue itself; the firm is the one met before
    text = "Nokia cut 2,000 jobs in Finland. On Monday Microsoft sued the firm over a patent."
    assert resolved_name(text, "firm") == "Nokia"


def test_a_body_the_descriptions_of_phrase_belongs_to_is_not_it(resolved_name):
    text = "Egypt hired Orange Marine, a subsidiary of the telecoms giant, to repair the cable."
    assert resolved_name(text, "giant") != "Orange Marine"


def test_a_resolved_description_makes_events_with_the_organisation(events_named):
    events = events_named("Microsoft reported higher profits on Thursday. The firm accused Google of copying "
                          "its software.")
    assert ("ACCUSE", "Microsoft", "Google") in events
