"""Sides a sentence names that resolution used to leave without an actor: a name the recogniser
missed in one sentence though it tagged it elsewhere in the story. Sentences and names are our own;
the parses are hand-built (tests/handbuilt.py) so that the recogniser's miss is certain."""
from __future__ import annotations

from handbuilt import build
from newsgraph.resolve.document import resolve_document

TAGGED_THEN_MISSED = """
Pardell Pardell PROPN NNP 1 nsubj ORG
admitted admit VERB VBD 1 ROOT
the the DET DT 3 det
bribe bribe NOUN NN 1 dobj
. . PUNCT . 1 punct
Pardell Pardell PROPN NNP 6 nsubj
faced face VERB VBD 6 ROOT
charges charge NOUN NNS 6 dobj
from from ADP IN 7 prep
regulators regulator NOUN NNS 8 pobj
. . PUNCT . 6 punct
"""

LONGER_NAME_LATER = """
Pardell Pardell PROPN NNP 1 nsubj ORG
admitted admit VERB VBD 1 ROOT
the the DET DT 3 det
bribe bribe NOUN NN 1 dobj
. . PUNCT . 1 punct
The the DET DT 7 det
Pardell Pardell PROPN NNP 7 compound
Fund Fund PROPN NNP 8 nsubj
closed close VERB VBD 8 ROOT
. . PUNCT . 8 punct
"""

PERSON_SURNAME_ONLY = """
Okafor Okafor PROPN NNP 1 nsubj PERSON
resigned resign VERB VBD 1 ROOT
. . PUNCT . 1 punct
Okafor Okafor PROPN NNP 4 nsubj
denied deny VERB VBD 4 ROOT
it it PRON PRP 4 dobj
. . PUNCT . 4 punct
"""


def _key_at(table: str, gazetteer, nth: int, word: str):
    doc = build(table)
    res = resolve_document(doc, gazetteer)
    tok = [t for t in doc if t.text == word][nth]
    return res, res.entity_at(tok.i)


def test_a_name_tagged_once_is_the_same_actor_where_the_recogniser_missed_it(gazetteer):
    res, missed = _key_at(TAGGED_THEN_MISSED, gazetteer, 1, "Pardell")
    _, tagged = _key_at(TAGGED_THEN_MISSED, gazetteer, 0, "Pardell")
    assert missed is not None and missed == tagged
    assert res.entities[missed].type != "PERSON"


def test_a_name_inside_a_longer_name_is_not_that_actor(gazetteer):
    _, tagged = _key_at(LONGER_NAME_LATER, gazetteer, 0, "Pardell")
    _, inside = _key_at(LONGER_NAME_LATER, gazetteer, 1, "Pardell")
    assert tagged is not None and inside != tagged


def test_a_lone_person_name_is_not_repeated_by_this_rule(gazetteer):
    # one word of a person is a surname: it may be another person of the same name
    _, tagged = _key_at(PERSON_SURNAME_ONLY, gazetteer, 0, "Okafor")
    _, later = _key_at(PERSON_SURNAME_ONLY, gazetteer, 1, "Okafor")
    assert tagged is not None and later != tagged
