"""An object "it" with a thing of its sentence (a verb's object, or the main verb's subject) between
it and the last actor is that thing's and is left open (resolve/things.thing_in_the_way); an "it"
sent on to act, a measure, a phrase on its own verb, a reported clause's subject or a noun standing
for a body leave the actor. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    # the offer, not the body that made it
    "The Orvane Foundation offered Dana Pike a seat on its board. Pike studied the offer for a week but turned it down.",
    # a thing owned by the actor is still a thing
    "Kestrel Bank said it is reviewing its security footage and will hand it to the police.",
    # through a preposition
    "Tarvex Logistics kept the drivers in the depot for hours and then sealed it.",
    "The Halden Council approved the budget on Monday, and residents criticised it.",
    # an indefinite thing, and a thing the sentence is about
    "Reuters launched a course for schools, and teachers praised it.",
    "The Moran Group venue became so famous that police raided it.",
    # a second object the parser may make a small clause of
    "The Harlow Times says Dan Crane made Tom Vickers an offer in May, but has since pulled it back.",
    "The Ostrava Bank gave the council a loan last year and has now called it in.",
])
def test_an_object_it_after_a_thing_is_left_open(resolved_name, text):
    assert resolved_name(text, "it") is None


@pytest.mark.parametrize("text, expected", [
    # sent on to act: "ordered it to pay" is the body's
    ("The regulator examined the deal and ordered Vantor Group to sell the plant. A court later told it to pay.",
     "Vantor Group"),
    ("Judges studied the case against Brenlow Mining and ordered it to pay damages.", "Brenlow Mining"),
    # a measure between: "fined it" is the body
    ("Regulators fined the Corvel Group £5m and banned it from two routes.", "Corvel Group"),
    # a phrase on the pronoun's own verb is no rival
    ("Shoppers deserted Tesco in May, and in a surprise move regulators fined it.", "Tesco"),
    # the subject of a reported clause is its matter, not the story's
    ("Reuters said the plan was dropped because no sponsor would fund it.", "Reuters"),
])
def test_the_actor_stays(resolved_name, text, expected):
    assert resolved_name(text, "it") == expected


@pytest.mark.parametrize("text, expected", [
    # "it is up to X": the "it" names no one; X is named after it
    ("Greenpeace launched a campaign. It will be up to the courts to decide.", None),
    ("Microsoft said it was up to the regulator to decide.", None),
    # a referential subject "it" of "be" stays
    ("Microsoft said it was up against two rivals.", "Microsoft"),
])
def test_it_is_up_to_someone(resolved_name, text, expected):
    assert resolved_name(text, "it") == expected


@pytest.mark.parametrize("text, expected", [
    # a court a case is taken to is where it goes, not the party the "it" after it sends on to act
    ("The Carvel union took Brenlow Mining to court to force it to pay the workers.", "Brenlow Mining"),
    ("Local farmers took the Tarvex Group to court to force it to sell the land.", "Tarvex Group"),
])
def test_a_court_a_case_goes_to_is_no_antecedent(resolved_name, text, expected):
    assert resolved_name(text, "it") == expected


def test_a_named_court_stays_an_antecedent(resolved_name):
    # the near form: a court named as a body is still one
    assert resolved_name("Brenlow Mining asked the Halden High Court to hear the case, and Tarvex urged it to wait.",
                         "it") == "Halden High Court"
