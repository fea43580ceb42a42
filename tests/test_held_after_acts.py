"""Sides a sentence gives outside the verb's own clause: one arrested, charged or jailed after an act
did it ("was arrested after stabbing X"; extract/adjuncts.py), also through a participle on that act
("after opening fire, killing X"); and whoever raided did the arresting ("were arrested in an FBI
raid"), and the body one is summoned before summons (extract/passive_agents.py). A side the sentence
does not give stays empty. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Tom Hale was arrested on Sunday after stabbing his neighbour Alan Price in a row over parking.",
     ("ASSAULT", "Tom Hale", "Alan Price")),
    ("Karen Doyle was charged with assault after allegedly attacking a bus driver, Peter Walsh, in Leeds.",
     ("ASSAULT", "Karen Doyle", "Peter Walsh")),
    # the participle hangs on the adjunct: its subject is the adjunct's
    ("Mark Foster was jailed for life on Friday after opening fire on a wedding party in Oslo, killing Jan Berg.",
     ("ASSAULT", "Mark Foster", "Jan Berg")),
])
def test_one_held_after_an_act_did_it(events_named, text, expected):
    assert expected in events_named(text)


def test_the_raiding_body_does_the_arresting(events_named):
    found = events_named("Two men were arrested in an FBI raid on a warehouse in Ohio.")
    assert ("COERCE", "Federal Bureau of Investigation", "men") in found


@pytest.mark.parametrize("text, etype", [
    # the act after which one is held has a subject of its own
    ("Tom Hale was arrested after Alan Price was stabbed outside a bar in Leeds.", "ASSAULT"),
    # a place before a raid says where, not who
    ("Three soldiers were killed in a Gaza raid on Tuesday.", "ASSAULT"),
])
def test_a_side_the_sentence_does_not_give_stays_empty(events_named, text, etype):
    found = events_named(text)
    assert found and all(s is None for t, s, _ in found if t == etype), found


def test_one_praised_after_an_act_is_not_read_as_held(events_named):
    # only holding to account says who did the act: a passive of another verb leaves it
    found = events_named("Tom Hale was photographed after punching Alan Price at a bar in Leeds.")
    assert ("ASSAULT", "Tom Hale", "Alan Price") not in found


@pytest.mark.parametrize("text, etype, body, summoned", [
    # a witness summoned to testify is asked to come (REQUEST: construction_types.witness_summoned)
    ("In 2019, Ann Cole was summoned to testify before the Senate Finance Committee.",
     "REQUEST", "Senate Finance Committee", "Ann Cole"),
    ("The chief executive of Barclays was summoned before the Treasury Committee on Monday.",
     "ACCUSE", "Treasury Committee", "chief executive of Barclays"),
])
def test_the_body_one_is_summoned_before_summons(events_named, text, etype, body, summoned):
    # the body's deed, told as fact, not a claim of the body's
    assert (etype, body, summoned, "asserted") in events_named(text, "certainty")


def test_a_time_before_a_summons_names_no_summoner(events_named):
    assert ("ACCUSE", None, "Ann Cole") in events_named("Ann Cole was summoned to the meeting before lunch.")
