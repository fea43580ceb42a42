"""A demand verb's for-clause names who must act: "called for the government to act" is a REQUEST of the
government, as "called on the government to act" is (extract/verbal.py indirect_object)."""
import pytest


def request_objects(analysis):
    return [e.object_text for e in analysis.events if e.type == "REQUEST"]


@pytest.mark.parametrize(("text", "asked"), [
    ("The teachers' union called for the government to scrap the new exams.", "the government"),
    ("Human Rights Watch has called for Egypt to free the jailed reporters.", "Egypt"),
    ("The mayor called for the police to clear the flooded district.", "the police"),
])
def test_the_subject_of_the_for_clause_is_asked(analyse_text, text, asked):
    assert asked in request_objects(analyse_text(text))


@pytest.mark.parametrize("text", [
    # a passive asks others to act on its subject; a thing is asked nothing
    "The teachers' union called for the factory to be closed.",
    "The teachers' union called for prices to fall.",
])
def test_no_one_is_asked_by_a_passive_or_a_thing(analyse_text, text):
    assert not any(request_objects(analyse_text(text)))
