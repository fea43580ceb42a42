"""A bare "one" after a counted group the law took in hand is a member of that group ("Two police officers
were arrested and one was charged"): the side is the group; a "one" counted beside the group is not."""
import pytest


@pytest.mark.parametrize("text", [
    "Two police officers were arrested and one was charged with murder.",
    "Three men were detained in Lyon, and one was charged with arson.",
    "Two police officers were arrested on Monday. One was charged with murder.",
])
def test_one_of_a_group_held_is_the_group(analyse_text, text):
    events = analyse_text(text).events
    held = {ev.object for ev in events if ev.type == "COERCE"}
    charged = [ev for ev in events if ev.type == "ACCUSE"]
    assert held and charged and all(ev.object in held for ev in charged)


def test_one_beside_a_counted_group_is_not_of_it(analyse_text):
    events = analyse_text("Two people were killed and one was injured in the attack.").events
    assert len([ev for ev in events if ev.object is not None]) <= 1


def test_no_one_charged_names_no_one(analyse_text):
    events = analyse_text("Two men were arrested in Leeds. No one was charged.").events
    assert not [ev for ev in events if ev.type == "ACCUSE" and ev.object]


def test_a_group_counted_with_one_is_no_group(analyse_text):
    events = analyse_text("One man was arrested in Leeds and one was charged with theft.").events
    assert not [ev for ev in events if ev.type == "ACCUSE" and ev.object]
