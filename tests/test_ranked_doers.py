"""The doer of an infinitive on a predicate noun ranked first, last or alone among those who did it is
the copula's subject: "Lithuania was the first country to expel ..." (extract/noun_control.py,
ranked_predicate). Sentences of our own; the parse shape is hand-built where the rule reads it."""
from __future__ import annotations

import pytest

from handbuilt import build
from named_events import named_sides
from newsgraph.extract.arguments import subject_token

ONLY_STATE = """
    Chile     Chile     PROPN NNP 1 nsubj GPE
    was       be        AUX   VBD 1 ROOT
    the       the       DET   DT  4 det
    only      only      ADJ   JJ  4 amod
    state     state     NOUN  NN  1 attr
    to        to        PART  TO  6 aux
    reject    reject    VERB  VB  4 relcl
    the       the       DET   DT  8 det
    plan      plan      NOUN  NN  6 dobj
"""

FAVOURITE = """
    Chile     Chile     PROPN NNP 1 nsubj GPE
    was       be        AUX   VBD 1 ROOT
    the       the       DET   DT  3 det
    favourite favourite NOUN  NN  1 attr
    to        to        PART  TO  5 aux
    host      host      VERB  VB  3 relcl
    the       the       DET   DT  7 det
    summit    summit    NOUN  NN  5 dobj
"""


def test_the_copula_subject_does_a_ranked_nouns_infinitive():
    doc = build(ONLY_STATE)
    assert subject_token(doc[6]).text == "Chile"


def test_an_unranked_predicate_noun_is_a_prospect_with_no_doer():
    doc = build(FAVOURITE)
    got = subject_token(doc[5])
    assert got is None or got.text != "Chile"


@pytest.mark.parametrize("text, type_, doer", [
    ("Estonia was the first country to expel a Belarusian diplomat over the forced landing.", "SANCTION", "Estonia"),
    ("Uruguay was the only member to reject the proposal at the Mercosur summit.", "REJECT", "Uruguay"),
    ("Guatemala is one of the few states to recognise Taiwan.", "SUPPORT", "Guatemala"),
])
def test_a_ranked_state_does_the_act(text, type_, doer, analyse_text):
    assert doer in {s for s, _ in named_sides(analyse_text(text), type_)}
