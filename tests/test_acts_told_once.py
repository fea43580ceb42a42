"""One act told by two words of one sentence is one event at extraction (extract/acts_told_once.py):
"X is on trial, accused of fraud" and "X will be put on trial" accuse X once, as the strongest claim;
acts of other sentences, other types, other negation, and acts with no side named stay apart.
Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.acts_told_once import told_once
from newsgraph.model import Event


def accusations(analysis) -> list[tuple[str, str]]:
    names = {k: e.name for k, e in analysis.entities.items()}
    return [(names.get(e.object, "-"), e.certainty) for e in analysis.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, accused", [
    ("Harald Vinter is on trial in Oslo, accused of defrauding pensioners.", "Harald Vinter"),
    ("The former mayor Ines Korhonen is on trial, accused of taking bribes from builders.", "Ines Korhonen"),
    ("Oskar Lindahl will be put on trial in Stockholm next month.", "Oskar Lindahl"),
])
def test_one_accused_by_two_words_of_a_sentence_is_accused_once(analyse_text, text, accused):
    assert accusations(analyse_text(text)) == [(accused, "asserted")]


def ev(trigger, certainty="asserted", start=0, type_="ACCUSE", subject=None, obj="vinter", negated=False):
    return Event(type=type_, subject=subject, object=obj, negated=negated, certainty=certainty,
                 sentence="s", start=start, end=start + 40, trigger=trigger)


def test_the_strongest_claim_is_kept_and_the_first_of_equals():
    kept = told_once([ev("trial", "possible"), ev("accused", "reported"), ev("charged", "reported")])
    assert [(e.trigger, e.certainty) for e in kept] == [("accused", "reported")]


def test_acts_of_other_sentences_types_negation_or_no_side_stay_apart():
    events = [ev("trial"), ev("attacked", start=100), ev("sanctioned", type_="SANCTION"),
              ev("cleared", negated=True), ev("bombing", type_="ASSAULT", obj=None),
              ev("shooting", type_="ASSAULT", obj=None)]
    assert [e.trigger for e in told_once(events)] == ["trial", "attacked", "sanctioned", "cleared",
                                                      "bombing", "shooting"]
