"""A participle set off by a comma after a to-infinitive is its main clause's adjunct, not the
infinitive's, though the parser hangs it there: "ordered villagers to leave, forcing hundreds to flee"
is the orderer's act (extract/adjuncts.past_infinitive). Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, etype, doer, not_doer", [
    # object control: the infinitive's doer is the one ordered; the adjunct is the orderer's
    ("The militia ordered farmers to abandon their land, forcing the Red Cross to close its clinic in Kassala.",
     "COERCE", "militia", "farmers"),
    ("Army commanders ordered residents of Kassala to leave their homes, detaining dozens of men who refused.",
     "COERCE", "Army", "residents (Kassala)"),
    # an infinitive with a subject of its own ("calls for X to quit"): the adjunct is still the callers'
    ("Protesters in Nakuru stepped up calls for Governor Kamau to quit and hold new elections, ignoring his "
     "appeals for calm.", "REJECT", "protesters (Nakuru)", "Kamau"),
])
def test_a_comma_adjunct_after_an_infinitive_is_the_main_clauses(events_named, text, etype, doer, not_doer):
    found = events_named(text)
    assert any(t == etype and s == doer for t, s, _ in found), found
    assert not any(t == etype and s and not_doer in s for t, s, _ in found), found


@pytest.mark.parametrize("text, etype, doer", [
    # the infinitive shares the main clause's subject: the same doer either way
    ("The rebels had to retreat from Kassala, abandoning three captured soldiers.", "RETREAT", "rebels"),
    # the main clause's subject was the doer already
    ("Police told residents of Dunmore to stay indoors, arresting 30 rioters overnight.", "COERCE", "police"),
])
def test_an_adjunct_whose_doer_was_the_main_clauses_keeps_it(events_named, text, etype, doer):
    found = events_named(text)
    assert any(t == etype and s == doer for t, s, _ in found), found
