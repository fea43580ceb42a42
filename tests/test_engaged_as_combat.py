""""Engaged" between armed sides is combat (extract/constructions.py), on hand-built parses of
sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build


def test_soldiers_engaging_an_armed_group_attack_it(gazetteer):
    # "Nigerian soldiers engaged Boko Haram fighters near Maiduguri."
    found = analyse_doc(build("""
        Nigerian   nigerian   ADJ   JJ    1 amod      NORP
        soldiers   soldier    NOUN  NNS   2 nsubj
        engaged    engage     VERB  VBD   2 ROOT
        Boko       Boko       PROPN NNP   4 compound  ORG
        Haram      Haram      PROPN NNP   5 compound  +
        fighters   fighter    NOUN  NNS   2 dobj
        near       near       ADP   IN    5 prep
        Maiduguri  Maiduguri  PROPN NNP   6 pobj      GPE
        .          .          PUNCT .     2 punct
    """), gazetteer)
    attacks = [e for e in found.events if e.type == "ASSAULT"]
    assert [e.object for e in attacks] == [gazetteer.lookup("Boko Haram").key]
    assert attacks[0].subject is not None and "soldiers" in attacks[0].subject_text


def test_a_ministry_engaging_consultants_is_no_fight(gazetteer):
    # "The ministry engaged Kenyan consultants to audit the army."
    found = analyse_doc(build("""
        The          the         DET   DT    1 det
        ministry     ministry    NOUN  NN    2 nsubj
        engaged      engage      VERB  VBD   2 ROOT
        Kenyan       kenyan      ADJ   JJ    4 amod      NORP
        consultants  consultant  NOUN  NNS   2 dobj
        to           to          PART  TO    6 aux
        audit        audit       VERB  VB    2 xcomp
        the          the         DET   DT    8 det
        army         army        NOUN  NN    6 dobj
        .            .           PUNCT .     2 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "ASSAULT"]
