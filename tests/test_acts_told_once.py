"""One act told by two words of one sentence is one event at extraction (extract/acts_told_once.py):
"X is on trial, accused of fraud" and "X will be put on trial" accuse X once, as the strongest claim;
acts of other sentences, types, negation or counts, acts with no side named and acts of a named doer
stay apart.
Sentences of our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.acts_told_once import told_once
from newsgraph.model import Event


def acts(analysis, kind="ACCUSE") -> list[tuple[str, str]]:
    """(the one acted on, certainty) of each event of the kind."""
    names = {k: e.name for k, e in analysis.entities.items()}
    return [(names.get(e.object, "-"), e.certainty) for e in analysis.events if e.type == kind]


@pytest.mark.parametrize("text, accused", [
    ("Harald Vinter is on trial in Oslo, accused of defrauding pensioners.", "Harald Vinter"),
    ("The former mayor Ines Korhonen is on trial, accused of taking bribes from builders.", "Ines Korhonen"),
    ("Oskar Lindahl will be put on trial in Stockholm next month.", "Oskar Lindahl"),
])
def test_one_accused_by_two_words_of_a_sentence_is_accused_once(analyse_text, text, accused):
    assert acts(analyse_text(text)) == [(accused, "asserted")]


def test_acts_of_a_named_doer_stay_apart(analyse_text):
    analysis = analyse_text("Gunmen fired on two border guards and took them hostage near Tiraspol.")
    assert len([e for e in analysis.events if e.type == "ASSAULT"]) == 2


def ev(trigger, certainty="asserted", start=0, type_="ACCUSE", subject=None, obj="vinter", negated=False):
    return Event(type=type_, subject=subject, object=obj, negated=negated, certainty=certainty,
                 sentence="s", start=start, end=start + 40, trigger=trigger)


def test_the_strongest_claim_is_kept_and_the_first_of_equals():
    kept = told_once([ev("trial", "possible"), ev("accused", "reported"), ev("charged", "reported")])
    assert [(e.trigger, e.certainty) for e in kept] == [("accused", "reported")]


def test_of_equal_claims_the_word_nearest_the_side_acted_on_is_kept():
    sentence = "A man is on trial over the murder and the stabbing of Ivo Stanek in Brno."
    told = [Event(type="ASSAULT", subject=None, object="stanek", sentence=sentence, start=100, end=100 + len(sentence),
                  trigger=word, trigger_start=100 + sentence.index(word), object_text="Ivo Stanek") for word in ("murder", "stabbing")]
    assert [e.trigger for e in told_once(told)] == ["stabbing"]


def test_acts_of_other_sentences_types_negation_counts_or_with_a_doer_stay_apart():
    events = [ev("trial"), ev("attacked", start=100), ev("sanctioned", type_="SANCTION"),
              ev("cleared", negated=True), ev("bombing", type_="ASSAULT", obj=None),
              ev("shooting", type_="ASSAULT", obj=None), ev("fired", subject="gunmen"),
              ev("took", subject="gunmen")]
    killed = ev("killing")
    killed.quantities["killed"] = 18
    assert [e.trigger for e in told_once(events + [killed])] == [
        "trial", "attacked", "sanctioned", "cleared", "bombing", "shooting", "fired", "took", "killing"]
