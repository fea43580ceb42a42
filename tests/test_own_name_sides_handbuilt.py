"""Whose act it is, on hand-built parses (tests/handbuilt.py): one MP before whom a party is named
acts in their own name; a former member no longer stands for the group; members sent "from" a named
body stand for it; a person noun in a side position that nothing resolved is a described side."""
from __future__ import annotations

import pytest

from handbuilt import build


def actor(gazetteer, table: str, word: str):
    from newsgraph.extract.actors import KnownActors
    from newsgraph.extract.arguments import actor_of, generic_actor
    from newsgraph.resolve.document import resolve_document
    doc = build(table)
    res = KnownActors(resolve_document(doc, gazetteer))
    tok = next(t for t in doc if t.text == word)
    key = actor_of(tok, res) or generic_actor(tok, res)
    return res.entities[key] if key else None


LABOUR_MP = """
    A          a          DET   DT  3 det
    senior     senior     ADJ   JJ  3 amod
    Labour     Labour     PROPN NNP 3 compound ORG
    MP         MP         PROPN NNP 4 nsubj
    criticised criticise  VERB  VBD 4 ROOT
    Defra      Defra      PROPN NNP 4 dobj ORG
    .          .          PUNCT .   4 punct
"""

LABOUR_MPS = LABOUR_MP.replace("A          a          DET   DT  3 det", "Two        two        NUM   CD  3 nummod") \
    .replace("MP         MP         PROPN NNP 4 nsubj", "MPs        MP         PROPN NNPS 4 nsubj")


def test_one_mp_acts_in_own_name_not_for_the_party(gazetteer):
    found = actor(gazetteer, LABOUR_MP, "MP")
    assert found is not None and found.type == "PERSON" and "Labour" in found.name


def test_mps_of_a_party_counted_by_a_number_are_a_share_of_it(gazetteer):
    # "two senior Labour MPs" are so many of the party's MPs, as "some Labour MPs" are (resolve/owners.counted_part)
    found = actor(gazetteer, LABOUR_MPS, "MPs")
    assert found is not None and found.key != gazetteer.lookup("Labour Party").key and "mp" in found.key.lower()


@pytest.mark.parametrize("former, stands", [("a", True), ("former", False)])
def test_a_former_commander_no_longer_stands_for_the_group(gazetteer, former, stands):
    table = f"""
        The        the        DET   DT  3 det
        {former:10} {former:10} ADJ   JJ  3 amod
        Hamas      Hamas      PROPN NNP 3 compound ORG
        commander  commander  NOUN  NN  4 nsubj
        criticised criticise  VERB  VBD 4 ROOT
        Egypt      Egypt      PROPN NNP 4 dobj GPE
        .          .          PUNCT .   4 punct
    """
    found = actor(gazetteer, table, "commander")
    assert (found is not None and found.key == gazetteer.lookup("Hamas").key) is stands


def test_protesters_from_a_named_group_stand_for_it(gazetteer):
    found = actor(gazetteer, """
        Protesters protester  NOUN  NNS 5 nsubjpass
        from       from       ADP   IN  0 prep
        Greenpeace Greenpeace PROPN NNP 1 pobj ORG
        were       be         AUX   VBD 5 auxpass
        later      later      ADV   RB  5 advmod
        arrested   arrest     VERB  VBN 5 ROOT
        .          .          PUNCT .   5 punct
    """, "Protesters")
    assert found is not None and found.name == "Greenpeace"


def test_a_person_noun_nothing_resolved_is_a_described_side(gazetteer):
    found = actor(gazetteer, """
        The        the        DET   DT  2 det
        gang       gang       NOUN  NN  2 compound
        member     member     NOUN  NN  3 nsubj
        stabbed    stab       VERB  VBD 3 ROOT
        a          a          DET   DT  5 det
        cook       cook       NOUN  NN  3 dobj
        .          .          PUNCT .   3 punct
    """, "member")
    assert found is not None and found.name == "gang member" and found.type == "PERSON"
