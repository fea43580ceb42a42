"""Accusations that name their accused by a word resolution makes no actor of, or are made in law, are
not dropped by the sense judge as stances on nothing (extract/lone_accusations.py). Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.evaluation.funnel import text_funnel


def judged(text, nlp, gazetteer):
    return [(f.trigger, f.stage, f.rule) for f in text_funnel(text, nlp, gazetteer).fates if f.type == "ACCUSE"]


def test_an_official_criticising_a_body_is_an_accusation(analyse_text):
    found = analyse_text("Finance Minister Pedro Alves criticised the bank over its lending.")
    assert [e.type for e in found.events] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "The bank was accused of rigging interest rates.",      # a body
    "The three were charged with fraud after an inquiry.",  # a number of people
    "She is accused of poisoning two patients.",            # a pronoun of a person
])
def test_the_judge_passes_an_accusation_naming_its_accused(nlp, gazetteer, text):
    assert all(stage != "sense judge" for _, stage, _ in judged(text, nlp, gazetteer))


def test_what_is_blamed_is_no_accused(nlp, gazetteer):
    got = judged("GM blamed high fuel prices for low sales.", nlp, gazetteer)
    assert got == [("blamed", "sense judge", "lone stance on nothing")]


def test_a_speaker_scolded_is_no_accused(nlp, gazetteer):
    got = judged('Chef Ken Hom recalled his childhood. "My uncle scolded me for pouring too much soy sauce."',
                 nlp, gazetteer)
    assert got == [("scolded", "sense judge", "lone stance on nothing")]


@pytest.mark.parametrize("text", [
    "Mr Kennedy accused the developers of breaking the planning rules.",   # the charge after the verb
    "The new mayor accused his predecessor of corruption.",                # the charge after the accused
    "The minister spoke for an hour, accusing landlords of greed.",
])
def test_an_accused_named_with_the_charge_is_no_stance_on_nothing(nlp, gazetteer, text):
    got = judged(text, nlp, gazetteer)
    assert got and all(stage != "sense judge" for _, stage, _ in got)


def test_a_charge_left_unsaid_names_no_accused(nlp, gazetteer):
    # "accused" with no charge: the object may be a thing criticised, not a party accused
    got = judged("Ms Reeve accused the figures.", nlp, gazetteer)
    assert all(rule == "lone stance on nothing" for _, stage, rule in got if stage == "sense judge")


@pytest.mark.parametrize("text", [
    "Grace Okafor sued the clinic last month.",
    "Grace Okafor has filed a lawsuit against the clinic.",
    "The family of Grace Okafor launched legal action against the clinic.",
])
def test_a_suit_brought_by_a_named_plaintiff_stands_alone(text, analyse_text):
    # the defendant is a description resolution makes no actor of; the plaintiff and the suit are the news
    found = analyse_text(text)
    assert any(e.type == "ACCUSE" and e.subject is not None and not e.negated for e in found.events), (text, found.events)


@pytest.mark.parametrize("text", [
    "Grace Okafor plans to sue the clinic.",       # wanted, not brought
    "Grace Okafor did not sue the clinic.",        # denied
    "Grace Okafor could sue the clinic.",          # may be brought
    "Grace Okafor took action against the noise.",          # any act, not a suit
])
def test_a_suit_not_brought_is_no_accusation(text, analyse_text):
    assert not [e for e in analyse_text(text).events if e.type == "ACCUSE"], text


@pytest.mark.parametrize("text", [
    "The new mayor accused her predecessor, backed by the old council, of corruption.",
    "Ms Lane accused the industry during the hearing of negligence.",
])
def test_the_charge_past_a_phrase_still_names_the_accused(nlp, gazetteer, text):
    # the parser hangs "of ..." on a participle or a noun between the accused and the charge
    got = judged(text, nlp, gazetteer)
    assert got and all(stage != "sense judge" for _, stage, _ in got), got


def test_a_charge_in_another_clause_names_no_accused(nlp, gazetteer):
    got = judged("Ms Lane accused the figures, saying they spoke of decline.", nlp, gazetteer)
    assert all(rule == "lone stance on nothing" for _, stage, rule in got if stage == "sense judge") and got


@pytest.mark.parametrize("text", [
    "A complaint was made to the regulator by the Consumers Association.",
    "An employment tribunal dismissed Maria Lopez's allegations of unfair dismissal.",
    "The rate rise drew criticism from the Economic Affairs Committee.",
])
def test_an_accusation_told_by_its_noun_with_its_maker_is_no_stance_on_nothing(nlp, gazetteer, text):
    got = [g for g in judged(text, nlp, gazetteer) if g[0] in ("complaint", "allegations", "criticism")]
    assert all(stage != "sense judge" for _, stage, _ in got), got


@pytest.mark.parametrize("text", [
    "The allegations, which he has denied, are being investigated.",   # no maker named
    "The council's inquiry found nothing.",                            # an inquiry accuses no one
])
def test_an_accusation_noun_without_its_maker_stays_a_stance_on_nothing(nlp, gazetteer, text):
    got = judged(text, nlp, gazetteer)
    assert ("sense judge", "lone stance on nothing") in {(stage, rule) for _, stage, rule in got}, got


@pytest.mark.parametrize("text", [
    "A complaint was made to the regulator by the Consumers Association.",   # told by its noun, its maker named
    "The tribunal rejected Maria Lopez's allegations of unfair dismissal.",
])
def test_an_accusation_told_by_its_noun_with_its_maker_stands_alone(text, analyse_text):
    found = analyse_text(text)
    assert any(e.type == "ACCUSE" and e.subject is not None and not e.negated for e in found.events), (text, found.events)


@pytest.mark.parametrize("text", [
    "The allegations were made public on Monday.",                       # no maker named
    "The council's inquiry into the spending continues.",                # an inquiry accuses no one
    "Author Dana Whitfield accused the publishing industry of snobbery.",  # a person's charge alone: not kept
])
def test_an_accusation_without_a_maker_of_its_noun_does_not_stand_alone(text, analyse_text):
    assert not [e for e in analyse_text(text).events if e.type == "ACCUSE" and e.object is None], text
