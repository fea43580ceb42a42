"""Acts news tells with one party (extract/one_party.py): relief handed out by an unnamed group with no
receiver named, a group of office holders resigning, and a person's release told by the noun with the
holder unsaid; on hand-built parses of sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import named_sides

RELIEF = """
    Aid         aid         NOUN  NN    1 compound
    workers     worker      NOUN  NNS   2 nsubj
    began       begin       VERB  VBD   2 ROOT
    distributing distribute VERB  VBG   2 xcomp
    {goods}     {lemma}     NOUN  {tag} 3 dobj
    in          in          ADP   IN    3 prep
    the         the         DET   DT    7 det
    camp        camp        NOUN  NN    5 pobj
    .           .           PUNCT .     2 punct
"""


def test_relief_handed_out_by_an_unnamed_group_is_aid_to_nobody_named(gazetteer):
    # "Aid workers began distributing food in the camp."
    found = analyse_doc(build(RELIEF.format(goods="food", lemma="food", tag="NN")), gazetteer)
    assert named_sides(found, "AID") == {("workers", None)}


def test_other_things_handed_out_are_no_aid(gazetteer):
    # "Aid workers began distributing leaflets in the camp."
    found = analyse_doc(build(RELIEF.format(goods="leaflets", lemma="leaflet", tag="NNS")), gazetteer)
    assert named_sides(found, "AID") == set()


RESIGNED = """
    Two         two         NUM   CD    2 nummod    CARDINAL
    senior      senior      ADJ   JJ    2 amod
    executives  executive   NOUN  NNS   3 nsubj
    resigned    resign      VERB  VBD   3 ROOT
    {rest}
    .           .           PUNCT .     3 punct
"""


def test_a_group_of_office_holders_resigning_is_retreat(gazetteer):
    # "Two senior executives resigned on Friday."
    found = analyse_doc(build(RESIGNED.format(rest="""on          on          ADP   IN    3 prep
    Friday      Friday      PROPN NNP   4 pobj      DATE""")), gazetteer)
    assert [(s, o) for s, o in named_sides(found, "RETREAT")] == [("senior executives", None)]


def test_resigning_oneself_to_a_thing_is_no_retreat(gazetteer):
    # "Two senior executives resigned themselves to defeat."
    found = analyse_doc(build(RESIGNED.format(rest="""themselves  themselves  PRON  PRP   3 dobj
    to          to          ADP   IN    3 prep
    defeat      defeat      NOUN  NN    5 pobj""")), gazetteer)
    assert named_sides(found, "RETREAT") == set()


def test_a_persons_release_told_by_the_noun_is_retreat_with_the_holder_unsaid(gazetteer):
    # "Mr Okafor has lived quietly since his release from prison."
    found = analyse_doc(build("""
        Mr          Mr          PROPN NNP   1 compound  PERSON
        Okafor      Okafor      PROPN NNP   3 nsubj     +
        has         have        AUX   VBZ   3 aux
        lived       live        VERB  VBN   3 ROOT
        quietly     quietly     ADV   RB    3 advmod
        since       since       SCONJ IN    3 prep
        his         his         PRON  PRP$  7 poss
        release     release     NOUN  NN    5 pobj
        from        from        ADP   IN    7 prep
        prison      prison      NOUN  NN    8 pobj
        .           .           PUNCT .     3 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == {(None, "Okafor")}


def test_a_release_campaigned_for_is_not_told_done(gazetteer):
    # "The union is campaigning for the release of Mr Okafor."
    found = analyse_doc(build("""
        The         the         DET   DT    1 det
        union       union       NOUN  NN    3 nsubj
        is          be          AUX   VBZ   3 aux
        campaigning campaign    VERB  VBG   3 ROOT
        for         for         ADP   IN    3 prep
        the         the         DET   DT    6 det
        release     release     NOUN  NN    4 pobj
        of          of          ADP   IN    6 prep
        Mr          Mr          PROPN NNP   9 compound  PERSON
        Okafor      Okafor      PROPN NNP   7 pobj      +
        .           .           PUNCT .     3 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == set()


def test_stepping_down_read_as_an_adverb_is_still_leaving_office(gazetteer):
    # "Chief executive Anna Berg stepped down on Friday." (the parser reads "down" as an adverb)
    found = analyse_doc(build("""
        Chief       chief       ADJ   JJ    1 amod
        executive   executive   NOUN  NN    3 compound
        Anna        Anna        PROPN NNP   3 compound  PERSON
        Berg        Berg        PROPN NNP   4 nsubj     +
        stepped     step        VERB  VBD   4 ROOT
        down        down        ADV   RB    4 advmod
        on          on          ADP   IN    4 prep
        Friday      Friday      PROPN NNP   6 pobj      DATE
        .           .           PUNCT .     4 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == {("Anna Berg", None)}


def test_a_resignation_told_by_the_noun_is_retreat(gazetteer):
    # "Shares rose after Anna Berg's resignation."
    found = analyse_doc(build("""
        Shares      share       NOUN  NNS   1 nsubj
        rose        rise        VERB  VBD   1 ROOT
        after       after       ADP   IN    1 prep
        Anna        Anna        PROPN NNP   4 compound  PERSON
        Berg        Berg        PROPN NNP   6 poss      +
        's          's          PART  POS   4 case      +
        resignation resignation NOUN  NN    2 pobj
        .           .           PUNCT .     1 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == {("Anna Berg", None)}


def test_a_resignation_demanded_is_not_told_done(gazetteer):
    # "Investors demanded Anna Berg's resignation."
    found = analyse_doc(build("""
        Investors   investor    NOUN  NNS   1 nsubj
        demanded    demand      VERB  VBD   1 ROOT
        Anna        Anna        PROPN NNP   3 compound  PERSON
        Berg        Berg        PROPN NNP   5 poss      +
        's          's          PART  POS   3 case      +
        resignation resignation NOUN  NN    1 dobj
        .           .           PUNCT .     1 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == set()


def test_a_resignation_in_scare_quotes_is_not_told_done(gazetteer):
    # 'Shares rose after Anna Berg's "resignation".'
    found = analyse_doc(build("""
        Shares      share       NOUN  NNS   1 nsubj
        rose        rise        VERB  VBD   1 ROOT
        after       after       ADP   IN    1 prep
        Anna        Anna        PROPN NNP   4 compound  PERSON
        Berg        Berg        PROPN NNP   7 poss      +
        's          's          PART  POS   4 case      +
        "           "           PUNCT ``    7 punct
        resignation resignation NOUN  NN    2 pobj
        "           "           PUNCT ''    7 punct
        .           .           PUNCT .     1 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == set()
