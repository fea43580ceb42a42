"""Passive subordinate clauses whose subject is borrowed from the clause they hang on ("X was on
probation when he was arrested", "having been stabbed", "with X arrested"): that subject was acted on,
not the doer (extract/passive_patients.py). Hand-built parses of sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import named_sides


def test_a_passive_when_clause_was_done_to_the_host_subject(gazetteer):
    # "Kwame Mensah was on probation when he was arrested in Accra."
    found = analyse_doc(build("""
        Kwame        Kwame        PROPN NNP   1 compound   PERSON
        Mensah       Mensah       PROPN NNP   2 nsubj      +
        was          be           AUX   VBD   2 ROOT
        on           on           ADP   IN    2 prep
        probation    probation    NOUN  NN    3 pobj
        when         when         SCONJ WRB   8 advmod
        he           he           PRON  PRP   8 nsubjpass
        was          be           AUX   VBD   8 auxpass
        arrested     arrest       VERB  VBN   2 advcl
        in           in           ADP   IN    8 prep
        Accra        Accra        PROPN NNP   9 pobj       GPE
        .            .            PUNCT .     2 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {(None, "Kwame Mensah")}   # not Mensah arresting "he"


def test_a_passive_participle_clause_without_agent_leaves_the_doer_unnamed(gazetteer):
    # "Daniel Okafor died in hospital, having been stabbed twice in the chest."
    found = analyse_doc(build("""
        Daniel       Daniel       PROPN NNP   1 compound   PERSON
        Okafor       Okafor       PROPN NNP   2 nsubj      +
        died         die          VERB  VBD   2 ROOT
        in           in           ADP   IN    2 prep
        hospital     hospital     NOUN  NN    3 pobj
        ,            ,            PUNCT ,     2 punct
        having       having       AUX   VBG   8 aux
        been         be           AUX   VBN   8 auxpass
        stabbed      stab         VERB  VBN   2 advcl
        twice        twice        ADV   RB    8 advmod
        in           in           ADP   IN    8 prep
        the          the          DET   DT   12 det
        chest        chest        NOUN  NN   10 pobj
        .            .            PUNCT .     2 punct
    """), gazetteer)
    assert named_sides(found, "ASSAULT") == {(None, "Daniel Okafor")}   # the victim is no attacker


def test_a_passive_participle_clause_with_an_agent_keeps_it(gazetteer):
    # "Daniel Okafor died in hospital, having been stabbed twice by a robber."
    found = analyse_doc(build("""
        Daniel       Daniel       PROPN NNP   1 compound   PERSON
        Okafor       Okafor       PROPN NNP   2 nsubj      +
        died         die          VERB  VBD   2 ROOT
        in           in           ADP   IN    2 prep
        hospital     hospital     NOUN  NN    3 pobj
        ,            ,            PUNCT ,     2 punct
        having       having       AUX   VBG   8 aux
        been         be           AUX   VBN   8 auxpass
        stabbed      stab         VERB  VBN   2 advcl
        twice        twice        ADV   RB    8 advmod
        by           by           ADP   IN    8 agent
        a            a            DET   DT   12 det
        robber       robber       NOUN  NN   10 pobj
        .            .            PUNCT .     2 punct
    """), gazetteer)
    assert {o for s, o in named_sides(found, "ASSAULT") if s is not None} == {"Daniel Okafor"}


def test_with_and_a_participle_names_the_one_arrested(gazetteer):
    # "Two guards were found dead in the prison, with Pieter Visser arrested hours later."
    found = analyse_doc(build("""
        Two          two          NUM   CD    1 nummod     CARDINAL
        guards       guard        NOUN  NNS   3 nsubjpass
        were         be           AUX   VBD   3 auxpass
        found        find         VERB  VBN   3 ROOT
        dead         dead         ADJ   JJ    3 oprd
        in           in           ADP   IN    3 prep
        the          the          DET   DT    7 det
        prison       prison       NOUN  NN    5 pobj
        ,            ,            PUNCT ,     3 punct
        with         with         ADP   IN    3 prep
        Pieter       Pieter       PROPN NNP  11 compound   PERSON
        Visser       Visser       PROPN NNP  12 nsubj      +
        arrested     arrest       VERB  VBD   9 pcomp
        hours        hour         NOUN  NNS  14 npadvmod   DATE
        later        later        ADV   RB   12 advmod     +
        .            .            PUNCT .     3 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {(None, "Pieter Visser")}


def test_a_reduced_passive_with_an_agent_targets_the_host_subject(gazetteer):
    # "When ambushed by the rebels, the Malian soldiers returned fire."
    found = analyse_doc(build("""
        When         when         SCONJ WRB   1 advmod
        ambushed     ambush       VERB  VBN   9 advcl
        by           by           ADP   IN    1 agent
        the          the          DET   DT    4 det
        rebels       rebel        NOUN  NNS   2 pobj
        ,            ,            PUNCT ,     9 punct
        the          the          DET   DT    8 det
        Malian       malian       ADJ   JJ    8 amod       NORP
        soldiers     soldier      NOUN  NNS   9 nsubj
        returned     return       VERB  VBD   9 ROOT
        fire         fire         NOUN  NN    9 dobj
        .            .            PUNCT .     9 punct
    """), gazetteer)
    assert ("rebels", "Malian Armed Forces") in named_sides(found, "ASSAULT")


def test_a_joined_passive_keeps_the_doer_of_the_clause_before(gazetteer):
    # "Kenyan police raided the compound and Joseph Kamau was arrested."
    found = analyse_doc(build("""
        Kenyan       kenyan       ADJ   JJ    1 amod       NORP
        police       police       NOUN  NNS   2 nsubj
        raided       raid         VERB  VBD   2 ROOT
        the          the          DET   DT    4 det
        compound     compound     NOUN  NN    2 dobj
        and          and          CCONJ CC    2 cc
        Joseph       Joseph       PROPN NNP   7 compound   PERSON
        Kamau        Kamau        PROPN NNP   9 nsubjpass  +
        was          be           AUX   VBD   9 auxpass
        arrested     arrest       VERB  VBN   2 conj
        .            .            PUNCT .     9 punct
    """), gazetteer)
    assert ("Kenyan police", "Joseph Kamau") in named_sides(found, "COERCE")


def test_a_participle_after_a_name_read_as_a_past_tense_names_the_one_arrested(gazetteer):
    # "The team is awaiting the case of receiver Tomas Berg, arrested Jan. 6 in Oslo on suspicion of fraud."
    found = analyse_doc(build("""
        The          the          DET   DT    1 det
        team         team         NOUN  NN    3 nsubj
        is           be           AUX   VBZ   3 aux
        awaiting     await        VERB  VBG   3 ROOT
        the          the          DET   DT    5 det
        case         case         NOUN  NN    3 dobj
        of           of           ADP   IN    5 prep
        receiver     receiver     NOUN  NN    9 compound
        Tomas        Tomas        PROPN NNP   9 compound   PERSON
        Berg         Berg         PROPN NNP   6 pobj       +
        ,            ,            PUNCT ,     9 punct
        arrested     arrest       VERB  VBD   9 acl
        Jan.         Jan.         PROPN NNP  11 npadvmod   DATE
        6            6            NUM   CD   12 nummod     +
        in           in           ADP   IN   11 prep
        Oslo         Oslo         PROPN NNP  14 pobj       GPE
        on           on           ADP   IN   11 prep
        suspicion    suspicion    NOUN  NN   16 pobj
        of           of           ADP   IN   17 prep
        fraud        fraud        NOUN  NN   18 pobj
        .            .            PUNCT .     3 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {(None, "Tomas Berg")}


def test_a_passive_infinitive_to_come_makes_no_victim(gazetteer):
    # "Kofi Boateng said he was going to be shot."
    found = analyse_doc(build("""
        Kofi         Kofi         PROPN NNP   1 compound   PERSON
        Boateng      Boateng      PROPN NNP   2 nsubj      +
        said         say          VERB  VBD   2 ROOT
        he           he           PRON  PRP   5 nsubj
        was          be           AUX   VBD   5 aux
        going        go           VERB  VBG   2 ccomp
        to           to           PART  TO    8 aux
        be           be           AUX   VB    8 auxpass
        shot         shoot        VERB  VBN   5 xcomp
        .            .            PUNCT .     2 punct
    """), gazetteer)
    assert named_sides(found, "ASSAULT") == set()   # neither shooter nor shot: it had not happened


def test_one_struck_with_no_agent_is_no_attacker_nor_a_victim_of_violence(gazetteer):
    # "Ama Owusu was crossing the road when she was struck in Kumasi."
    found = analyse_doc(build("""
        Ama          Ama          PROPN NNP   1 compound   ORG
        Owusu        Owusu        PROPN NNP   3 nsubj      +
        was          be           AUX   VBD   3 aux
        crossing     cross        VERB  VBG   3 ROOT
        the          the          DET   DT    5 det
        road         road         NOUN  NN    3 dobj
        when         when         SCONJ WRB   9 advmod
        she          she          PRON  PRP   9 nsubjpass
        was          be           AUX   VBD   9 auxpass
        struck       strike       VERB  VBN   3 advcl
        in           in           ADP   IN    9 prep
        Kumasi       Kumasi       PROPN NNP  10 pobj       GPE
        .            .            PUNCT .     3 punct
    """), gazetteer)
    assert not any(s == "Ama Owusu" for s, _ in named_sides(found, "ASSAULT"))   # by a car, perhaps


def test_a_thing_whose_owner_would_act_keeps_its_owner_as_doer(gazetteer):
    # "The EU embargo on arms sales to Belarus is likely to be lifted next year."
    found = analyse_doc(build("""
        The          the          DET   DT    2 det
        EU           EU           PROPN NNP   2 compound   ORG
        embargo      embargo      NOUN  NN    8 nsubj
        on           on           ADP   IN    2 prep
        arms         arm          NOUN  NNS   5 compound
        sales        sale         NOUN  NNS   3 pobj
        to           to           ADP   IN    5 prep
        Belarus      Belarus      PROPN NNP   6 pobj       GPE
        is           be           AUX   VBZ   8 ROOT
        likely       likely       ADJ   JJ    8 acomp
        to           to           PART  TO   12 aux
        be           be           AUX   VB   12 auxpass
        lifted       lift         VERB  VBN   9 xcomp
        next         next         ADJ   JJ   14 amod       DATE
        year         year         NOUN  NN   12 npadvmod   +
        .            .            PUNCT .     8 punct
    """), gazetteer)
    assert ("European Union", "Belarus") in named_sides(found, "CONCEDE")   # the embargo is no one acted on


def test_a_passive_infinitive_of_aim_names_no_victim(gazetteer):
    # "Tomas Berg is there to be shot at, the coach said."
    found = analyse_doc(build("""
        Tomas        Tomas        PROPN NNP   1 compound   PERSON
        Berg         Berg         PROPN NNP   2 nsubj      +
        is           be           AUX   VBZ  11 ccomp
        there        there        ADV   RB    2 advmod
        to           to           PART  TO    6 aux
        be           be           AUX   VB    6 auxpass
        shot         shoot        VERB  VBN   2 advcl
        at           at           ADP   IN    6 prep
        ,            ,            PUNCT ,    11 punct
        the          the          DET   DT   10 det
        coach        coach        NOUN  NN   11 nsubj
        said         say          VERB  VBD  11 ROOT
        .            .            PUNCT .    11 punct
    """), gazetteer)
    assert named_sides(found, "ASSAULT") == set()   # a goalkeeper's job, not a shooting
