"""An act someone is held for through a crime or a verdict has them as its doer: "convicted of
murder for the stabbing of X" (the parser may hang "of murder" on the date: "convicted on March 3
of"), an act joined to the one held ("for stabbing and wounding X"), "returned a guilty verdict
for X in the beating of Y". Sentences written for these tests."""
import pytest

from named_events import answers_to, folded_sides


@pytest.mark.parametrize("text, doer, target, trigger", [
    ("Dana Whitfield was convicted on March 3 of murder for the stabbing of Paul Grange outside a bar in Leeds.",
     "whitfield", "grange", "stabbing"),
    ("Kofi Mensah is charged with attempted murder for allegedly stabbing and wounding his landlord, Ivan Petrov.",
     "mensah", "petrov", "wounding"),
    ("A jury in Ohio returned a guilty verdict for Ray Dunmore in the beating of a taxi driver, Sam Ortega.",
     "dunmore", "ortega", "beating"),
])
def test_the_one_held_for_a_crime_did_the_act_it_is_held_for(text, doer, target, trigger, analyse_text,
                                                               gazetteer):
    found = folded_sides(analyse_text(text), gazetteer, "ASSAULT", "trigger")
    assert any(answers_to(s, doer) and answers_to(o, target) and t == trigger for s, o, t in found), found


def test_a_verdict_for_no_one_named_names_no_doer(analyse_text, gazetteer):
    found = folded_sides(analyse_text("A jury in Ohio returned a guilty verdict for the beating of a taxi driver, "
                                  "Sam Ortega."), gazetteer, "ASSAULT", "trigger")
    assert all(not s for s, _, _ in found), found
