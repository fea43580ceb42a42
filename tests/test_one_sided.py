"""One-sided events whose other side the sentence names (extract/one_sided.py): talks whose host is
named but unresolved, talks only hoped for or denied, a
stand on a thing whose owner is named and resolved (it becomes the object). Sentences of our own;
each dropped event is checked to be made when the rules are switched off, and the events the rules
must leave (or complete) are checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import gate


@pytest.fixture()
def without_rules(analyse_without):
    return lambda text: analyse_without(text, (gate, "one_sided_rule", lambda *args: None))


@pytest.mark.parametrize("text, event", [
    # the host of the talks is the clause's subject, a description that resolved to no actor
    ("Ahead of talks with the Kremlin on Monday, the mining group said it may be prepared to raise its offer.",
     ("CONSULT", "talks")),
    # talks only hoped for, with one side
    ("The minister said she hoped the talks could produce a date for the start of negotiations with Iran.",
     ("CONSULT", "negotiations")),
])
def test_events_without_the_side_the_sentence_names_are_dropped(text, event, analyse_text, without_rules):
    assert event in type_triggers(without_rules(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # talks with both sides
    ("Toyota is in talks with Renault about a possible alliance.", ("CONSULT", "talks")),
    # a stand on a thing with no owner named
    ("The Greens welcomed the ruling on Tuesday.", None),
    # a request to unnamed people
    ("Police urged residents to stay indoors.", ("REQUEST", "urged")),
    # held back (gate.HELD_BACK): a request to a body unresolved, a stand on its plans
    ("Senators urged the government to scrap the tax.", ("REQUEST", "urged")),
    ("The Liberal Democrats attacked the government proposals on Tuesday.", ("ACCUSE", "attacked")),
    # a stand on the stander's own party's plans
    ("The Liberal Democrats attacked his party's proposals on Tuesday.", None),
    # a stand on a thing owned by a day, not by an actor
    ("But critics say that Sunday's vote is a sham, with every candidate from the ruling party.", ("ACCUSE", "sham")),
])
def test_events_with_no_side_left_out_are_kept(text, event, analyse_text):
    if event is not None:
        assert event in type_triggers(analyse_text(text))


def test_a_stand_takes_the_named_owner_of_its_thing(events_named):
    text = "Gordon Brown criticised Tony Blair's plans for the health service."
    assert ("ACCUSE", "Gordon Brown", "Tony Blair") in events_named(text)


def test_the_victim_of_a_sentence_is_not_its_convict():
    from newsgraph.extract.one_sided import one_sided_rule, victims
    from newsgraph.model import Event
    said = dict(sentence="X was convicted of the murder of Y.", start=0, end=36)
    killing = Event(type="ASSAULT", subject="p:x", object="p:y", **said)
    penalty = Event(type="SANCTION", subject=None, object="p:y", **said)
    convict = Event(type="SANCTION", subject=None, object="p:x", **said)
    hurt = victims([killing, penalty, convict], {"p:x": "PERSON", "p:y": "PERSON"})
    assert one_sided_rule(penalty, None, hurt) == "victim as convict"
    assert one_sided_rule(convict, None, hurt) is None
    unnamed = Event(type="ASSAULT", subject=None, object="o:people", **said)
    convicted = Event(type="SANCTION", subject=None, object="o:people", **said)
    assert one_sided_rule(convicted, None, victims([unnamed, convicted], {"o:people": "OTHER"})) is None
