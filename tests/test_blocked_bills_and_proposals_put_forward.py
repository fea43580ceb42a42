"""Refusals of what another side puts forward (PLOVER REJECT): a bill, law or nomination blocked by a
chamber or party is vetoed (data/lexicon/verbs.yaml "block bill" and its kin), while blocked roads, websites
and shots stay what they were; and a proposal put forward with a light verb ("made an offer", "submitted a
proposal") and turned down later refuses the one who put it forward (extract/answered_requests.py).
Sentences of our own."""
from __future__ import annotations

import pytest


def typed(found, kind):
    return [e for e in found if e[0] == kind]


@pytest.mark.parametrize("sentence, refuser", [
    ("Opposition senators in Manila blocked the government's anti-terror bill on Tuesday.", "senators (Philippines)"),
    ("Senate Republicans blocked the legislation for a second time.", "Republican Party"),
    ("Lawmakers in Kyiv blocked the president's amendment to the tax code.", "lawmakers"),
])
def test_a_blocked_bill_or_amendment_is_vetoed(events_named, sentence, refuser):
    assert [e[1] for e in typed(events_named(sentence), "REJECT")] == [refuser], sentence


@pytest.mark.parametrize("sentence", [
    "Police blocked the road to the parliament building.",
    "The Chinese regulator blocked the websites of two newspapers.",
    "The goalkeeper blocked the shot from the edge of the box.",
    "A fallen tree blocked the main road into the town.",
])
def test_blocking_a_road_a_website_or_a_shot_is_no_veto(events_named, sentence):
    assert not typed(events_named(sentence), "REJECT"), sentence


@pytest.mark.parametrize("made", [
    "Finland made an offer of new fishing quotas in May.",
    "Finland made a proposal on fishing quotas in May.",
    "Finland tabled a proposal on fishing quotas in May.",
    "Finland submitted a proposal on fishing quotas to the council in May.",
])
def test_a_proposal_put_forward_with_a_light_verb_is_refused_with_its_maker(events_named, made):
    noun = "offer" if " offer " in made else "proposal"
    assert ("REJECT", "Norway", "Finland") in events_named(f"{made} Norway rejected the {noun} on Friday.")


def test_a_proposal_only_talked_of_names_no_maker(events_named):
    # discussing or reading about a proposal does not make it: the refusal keeps no other side
    found = events_named("Finland discussed a proposal on fishing quotas in May. Norway rejected the proposal on Friday.")
    assert ("REJECT", "Norway", "Finland") not in found
    # a light verb with something else as its object makes no proposal
    found = events_named("Finland made a loss on its fishing fleet in May. Norway rejected the proposal on Friday.")
    assert ("REJECT", "Norway", "Finland") not in found


@pytest.mark.parametrize("sentence, refuser, refused", [
    ("Azerbaijan refused to recognise the election results in Armenia.", "Azerbaijan", "Armenia"),
    ("Serbia declined to accept the ruling by the tribunal in The Hague.", "Serbia", "tribunal (Hague)"),
])
def test_refusing_to_accept_a_result_or_a_ruling_is_a_rejection(events_named, sentence, refuser, refused):
    # results and rulings are words, but accepting them is no telling ("declined to name him")
    assert ("REJECT", refuser, refused) in events_named(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry refused to release the figures to the BBC.",
    "Israel declined to give details of the raid.",
    "The Kremlin refused to comment on the report.",
])
def test_refusing_to_tell_stays_no_rejection(events_named, sentence):
    assert not typed(events_named(sentence), "REJECT"), sentence
