"""A named body that British news writes in the plural ("Greenpeace say they ...", "Their case is
backed by ...") is the antecedent of "they"/"their" when no plural subject is there to take it
(resolve/coref.py body_as_they). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, pronoun, expected", [
    # a possessive on the subject of the next sentence names the body before
    ("Greenpeace launched a campaign against the pipeline last year. Their protest is backed by Oxfam.",
     "their", "Greenpeace"),
    # a body's own possessive in its own clause, written in the plural
    ("Channel 4 unveiled their new drama schedule on Monday.", "their", "Channel 4"),
    # a subject "they" in the next sentence
    ("Microsoft sued the software maker in March. They said the firm had copied their code.", "they", "Microsoft"),
])
def test_a_named_body_is_they(resolved_name, text, pronoun, expected):
    assert resolved_name(text, pronoun) == expected


@pytest.mark.parametrize("text, pronoun", [
    # two bodies conjoined are "they" together: neither one alone
    ("Nissan and Renault ended their joint venture in Spain.", "their"),
    # a plural subject nearer is "they", as before
    ("Greenpeace said protesters had blocked the road. They were removed by police on Sunday.", "they"),
    # the body is no subject of its sentence: the "they" is someone else
    ("The judge fined Tesco for the breach. They must pay within a month.", "they"),
    # a clause about people: their "their" is theirs
    ("Greenpeace hired Tom Dale and Ann Fry, who lost their jobs at Shell.", "their"),
    # a person is never a body's "they"
    ("John Smith praised the plan. They say it will fail.", "they"),
])
def test_no_body_is_they(resolved_name, text, pronoun):
    name = resolved_name(text, pronoun)
    assert name not in {"Nissan", "Renault", "Greenpeace", "Tesco", "John Smith"}


def test_the_body_is_the_side_of_an_event(events_named):
    # "Their action is supported by X": the body named before is what X supports
    rows = events_named("Greenpeace launched a campaign against the pipeline last year. "
                        "Their protest is backed by Oxfam.")
    assert any(t == "SUPPORT" and obj == "Greenpeace" for t, _, obj in rows)
