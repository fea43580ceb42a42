"""Who acts in an infinitive an object controls, including a second one after "and": "called on
X to A and on Y to B" (Y does B), "urged X to A and Y to B", "asked X to A and to B" (X does B).
Sentences are our own."""
from __future__ import annotations

import pytest

from newsgraph.extract.arguments import subject_token


def subject_of(nlp, text: str, verb: str) -> str | None:
    doc = nlp(text)
    tok = subject_token(next(t for t in doc if t.text == verb))
    return tok.text if tok is not None else None


@pytest.mark.parametrize("text, verb, expected", [
    ("The mayor called on the unions to end the strike and on the government to raise wages.", "raise", "government"),
    ("The mayor called on the unions to end the strike and on the government to raise wages.", "end", "unions"),
    ("Macron called on Russia to withdraw its troops and on Ukraine to accept talks.", "withdraw", "Russia"),
    ("Macron called on Russia to withdraw its troops and on Ukraine to accept talks.", "accept", "Ukraine"),
    ("The envoy urged Ethiopia to halt the offensive and Eritrea to pull out its soldiers.", "pull", "Eritrea"),
    ("Blinken asked Israel to allow aid into Gaza and to protect civilians.", "protect", "Israel"),
    ("The senator appealed to Moscow to release the journalist.", "release", "Moscow"),
])
def test_controlled_infinitive_subject(nlp, text, verb, expected):
    assert subject_of(nlp, text, verb) == expected


def test_purpose_clause_after_plain_noun_keeps_the_main_subject(nlp):
    # "schools" is no second controller: the infinitive after it is a purpose, not a second request
    text = "The envoy urged Israel to stop raids on homes and schools to protect children."
    assert subject_of(nlp, text, "protect") != "schools"


def test_speaker_of_a_request_is_not_the_actor_of_the_second_act(analyse_text):
    analysis = analyse_text("Macron called on Russia to withdraw its troops and on Ukraine to accept talks.")
    actors = {(e.trigger, analysis.entities[e.subject].name) for e in analysis.events if e.subject in analysis.entities}
    assert ("accept", "Ukraine") in actors
    assert not any(name == "Emmanuel Macron" and trig in ("withdraw", "accept") for trig, name in actors)
