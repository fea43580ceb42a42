"""Everyday closures (extract/everyday_closures.py): the closure of a railway line or a business with
no one named who closed it is no coercion; a closure whose maker is named, or of a place whose
closing the lexicon reads as coercion (a border crossing), stays COERCE. Closures done by a state or
force with a verb ("troops closed the port") are in test_state_closures.py. Sentences of our own."""
from __future__ import annotations

import pytest

from named_events import event_types


@pytest.mark.parametrize("text", [
    "Campaigners marched on the 40th anniversary of the closure of the Border Valley railway line.",
    "Falling sales led to the closure of three car plants in the Midlands last year.",
    "The shutdown of the old paper mill cost the town 400 jobs.",
])
def test_closures_with_no_one_named_who_closed_are_no_coercion(analyse_text, text):
    assert "COERCE" not in event_types(analyse_text(text), relations=False)


@pytest.mark.parametrize("text", [
    "The closure of the Rafah crossing by Egypt left thousands stranded.",
    "The army's closure of the border left lorries queuing for days.",
])
def test_closures_by_a_named_maker_or_of_a_border_stay_coercion(analyse_text, text):
    assert "COERCE" in event_types(analyse_text(text), relations=False)
