"""A counted crowd's protest with no group named (extract/events.py, extract/keep.py), on
hand-built parses of sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build


def protests(analysis):
    return [e for e in analysis.events if e.type == "PROTEST"]


def test_thousands_rallying_in_a_named_place_is_a_protest(gazetteer):
    # "Thousands rallied in Tbilisi against the new media law."
    found = analyse_doc(build("""
        Thousands  thousand  NOUN  NNS   1 nsubj     CARDINAL
        rallied    rally     VERB  VBD   1 ROOT
        in         in        ADP   IN    1 prep
        Tbilisi    Tbilisi   PROPN NNP   2 pobj      GPE
        against    against   ADP   IN    1 prep
        the        the       DET   DT    8 det
        new        new       ADJ   JJ    8 amod
        media      medium    NOUN  NNS   8 compound
        law        law       NOUN  NN    4 pobj
        .          .         PUNCT .     1 punct
    """), gazetteer)
    found_protests = protests(found)
    assert len(found_protests) == 1 and found_protests[0].subject is None
    assert found.entities[found_protests[0].location].name == "Tbilisi"


def test_people_counted_protesting_in_a_named_place_is_a_protest(gazetteer):
    # "Hundreds of people demonstrated in Kampala on Tuesday."
    found = analyse_doc(build("""
        Hundreds      hundred      NOUN  NNS   3 nsubj     CARDINAL
        of            of           ADP   IN    0 prep
        people        people       NOUN  NNS   1 pobj
        demonstrated  demonstrate  VERB  VBD   3 ROOT
        in            in           ADP   IN    3 prep
        Kampala       Kampala      PROPN NNP   4 pobj      GPE
        on            on           ADP   IN    3 prep
        Tuesday       Tuesday      PROPN NNP   6 pobj      DATE
        .             .            PUNCT .     3 punct
    """), gazetteer)
    assert len(protests(found)) == 1


def test_a_crowd_marching_to_celebrate_is_no_protest(gazetteer):
    # "Thousands of people marched in Madrid to celebrate the title."
    found = analyse_doc(build("""
        Thousands  thousand   NOUN  NNS   3 nsubj     CARDINAL
        of         of         ADP   IN    0 prep
        people     people     NOUN  NNS   1 pobj
        marched    march      VERB  VBD   3 ROOT
        in         in         ADP   IN    3 prep
        Madrid     Madrid     PROPN NNP   4 pobj      GPE
        to         to         PART  TO    7 aux
        celebrate  celebrate  VERB  VB    3 advcl
        the        the        DET   DT    9 det
        title      title      NOUN  NN    7 dobj
        .          .          PUNCT .     3 punct
    """), gazetteer)
    assert not protests(found)


def test_a_crowd_rallying_nowhere_named_is_no_event(gazetteer):
    # "Thousands rallied on the eve of the vote."
    found = analyse_doc(build("""
        Thousands  thousand  NOUN  NNS  1 nsubj  CARDINAL
        rallied    rally     VERB  VBD  1 ROOT
        on         on        ADP   IN   1 prep
        the        the       DET   DT   4 det
        eve        eve       NOUN  NN   2 pobj
        of         of        ADP   IN   4 prep
        the        the       DET   DT   7 det
        vote       vote      NOUN  NN   5 pobj
        .          .         PUNCT .    1 punct
    """), gazetteer)
    assert not protests(found)


def test_thousands_taking_to_the_streets_of_a_named_city_protest(gazetteer):
    # "Thousands of people took to the streets in Yerevan."
    found = analyse_doc(build("""
        Thousands  thousand  NOUN  NNS   3 nsubj     CARDINAL
        of         of        ADP   IN    0 prep
        people     people    NOUN  NNS   1 pobj
        took       take      VERB  VBD   3 ROOT
        to         to        ADP   IN    3 prep
        the        the       DET   DT    6 det
        streets    street    NOUN  NNS   4 pobj
        in         in        ADP   IN    3 prep
        Yerevan    Yerevan   PROPN NNP   7 pobj      GPE
        .          .         PUNCT .     3 punct
    """), gazetteer)
    assert len(protests(found)) == 1


RALLY_FOR = """
    Thousands  thousand  NOUN  NNS   3 nsubj     CARDINAL
    of         of        ADP   IN    0 prep
    people     people    NOUN  NNS   1 pobj
    rallied    rally     VERB  VBD   3 ROOT
    in         in        ADP   IN    3 prep
    Lisbon     Lisbon    PROPN NNP   4 pobj      GPE
    to         to        PART  TO    7 aux
    {verb}     {lemma}   VERB  VB    3 advcl
    the        the       DET   DT    9 det
    {noun}     {noun}    NOUN  NN    7 dobj
    .          .         PUNCT .     3 punct
"""


def test_a_crowd_rallying_to_celebrate_is_no_protest(gazetteer):
    # "Thousands of people rallied in Lisbon to celebrate the title."
    found = analyse_doc(build(RALLY_FOR.format(verb="celebrate", lemma="celebrate", noun="title")), gazetteer)
    assert not protests(found)


def test_a_crowd_rallying_to_demand_something_protests(gazetteer):
    # "Thousands of people rallied in Lisbon to demand the resignation."
    found = analyse_doc(build(RALLY_FOR.format(verb="demand", lemma="demand", noun="resignation")), gazetteer)
    assert len(protests(found)) == 1


def test_people_demonstrating_a_product_do_not_protest(gazetteer):
    # "Hundreds of people demonstrated the new phone in Berlin."
    found = analyse_doc(build("""
        Hundreds      hundred      NOUN  NNS   3 nsubj     CARDINAL
        of            of           ADP   IN    0 prep
        people        people       NOUN  NNS   1 pobj
        demonstrated  demonstrate  VERB  VBD   3 ROOT
        the           the          DET   DT    6 det
        new           new          ADJ   JJ    6 amod
        phone         phone        NOUN  NN    3 dobj
        in            in           ADP   IN    3 prep
        Berlin        Berlin       PROPN NNP   7 pobj      GPE
        .             .            PUNCT .     3 punct
    """), gazetteer)
    assert not protests(found)
