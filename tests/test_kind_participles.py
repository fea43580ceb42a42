"""Acts told by a participle of any one of a kind in a habitual or generic clause (extract/kind_participles.py,
read by the sense judge as no act of anyone in particular). Sentences of our own; each dropped event is checked
to be made with the rule switched off, and the acts the rule must leave are checked kept."""
from __future__ import annotations

import pytest

from named_events import type_triggers
from newsgraph.extract import sense


@pytest.fixture()
def without_rule(analyse_without):
    return lambda text: analyse_without(text, (sense, "kind_participle", lambda verb: False))


@pytest.mark.parametrize("text, event", [
    # a participle on a bare plural whose clause says how often such people fare or act
    ("Divorced parents seeking access to their children are often disadvantaged by the courts.",
     ("REQUEST", "seeking")),
    ("Pensioners demanding higher payments are usually ignored by the ministry.", ("REQUEST", "demanding")),
    # a generic "you" presenting what a kind does
    ("You often find farmers blocking roads when fuel prices rise.", ("PROTEST", "blocking")),
    ("You see workers protesting against the closures in every town.", ("PROTEST", "protesting")),
    ("Residents opposing the plan often write to the council.", ("REJECT", "opposing")),
])
def test_acts_of_any_one_of_a_kind_are_dropped(text, event, analyse_text, without_rule):
    assert event in type_triggers(without_rule(text))
    assert event not in type_triggers(analyse_text(text))


@pytest.mark.parametrize("text, event", [
    # past, perfect or plain present: acts of particular people
    ("Rebels fighting the army have seized the town.", ("ASSAULT", "fighting")),
    ("Militants fighting the government control much of the south.", ("ASSAULT", "fighting")),
    ("Farmers blocking the motorway were arrested by police on Tuesday.", ("COERCE", "arrested")),
    # a particular group, named or counted, with a habit
    ("The 40 nurses striking over pay often meet the health minister.", ("CONSULT", "meet")),
])
def test_acts_stay(text, event, analyse_text):
    assert event in type_triggers(analyse_text(text))
