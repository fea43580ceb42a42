"""Verbal conflict in political, business and legal news (extract/events.py, extract/frames.py,
the stance entries of data/lexicon/verbs.yaml), on hand-built parses of sentences written for these
tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build


def sides(found, kind):
    return [(e.subject, e.object) for e in found.events if e.type == kind]


def test_ruling_out_talks_rejects_the_other_side_of_the_talks(gazetteer):
    # "Hamas ruled out talks with Israel."
    found = analyse_doc(build("""
        Hamas   Hamas   PROPN NNP   1 nsubj  ORG
        ruled   rule    VERB  VBD   1 ROOT
        out     out     ADP   RP    1 prt
        talks   talk    NOUN  NNS   1 dobj
        with    with    ADP   IN    3 prep
        Israel  Israel  PROPN NNP   4 pobj   GPE
        .       .       PUNCT .     1 punct
    """), gazetteer)
    assert sides(found, "REJECT") == [(gazetteer.lookup("Hamas").key, gazetteer.lookup("Israel").key)]


def test_walking_out_of_talks_rejects_the_side_across_the_table(gazetteer):
    # "Serbia walked out of talks with Kosovo."
    found = analyse_doc(build("""
        Serbia  Serbia  PROPN NNP   1 nsubj  GPE
        walked  walk    VERB  VBD   1 ROOT
        out     out     ADP   IN    1 prep
        of      of      ADP   IN    2 prep
        talks   talk    NOUN  NNS   3 pobj
        with    with    ADP   IN    4 prep
        Kosovo  Kosovo  PROPN NNP   5 pobj   GPE
        .       .       PUNCT .     1 punct
    """), gazetteer)
    assert sides(found, "REJECT") == [(gazetteer.lookup("Serbia").key, gazetteer.lookup("Kosovo").key)]


def test_a_call_for_an_inquiry_is_aimed_at_whose_conduct_it_examines(gazetteer):
    # "Ukraine called for an inquiry into Russia's conduct."
    found = analyse_doc(build("""
        Ukraine  Ukraine  PROPN NNP   1 nsubj  GPE
        called   call     VERB  VBD   1 ROOT
        for      for      ADP   IN    1 prep
        an       an       DET   DT    4 det
        inquiry  inquiry  NOUN  NN    2 pobj
        into     into     ADP   IN    4 prep
        Russia   Russia   PROPN NNP   8 poss   GPE
        's       's       PART  POS   6 case
        conduct  conduct  NOUN  NN    5 pobj
        .        .        PUNCT .     1 punct
    """), gazetteer)
    assert (gazetteer.lookup("Ukraine").key, gazetteer.lookup("Russia").key) in sides(found, "REQUEST")


def test_a_demanded_deportation_is_not_aimed_at_the_deportees_country(gazetteer):
    # "Hungary called for the deportation of Afghan migrants."
    found = analyse_doc(build("""
        Hungary      Hungary      PROPN NNP   1 nsubj  GPE
        called       call         VERB  VBD   1 ROOT
        for          for          ADP   IN    1 prep
        the          the          DET   DT    4 det
        deportation  deportation  NOUN  NN    2 pobj
        of           of           ADP   IN    4 prep
        Afghan       afghan       ADJ   JJ    7 amod   NORP
        migrants     migrant      NOUN  NNS   5 pobj
        .            .            PUNCT .     1 punct
    """), gazetteer)
    assert gazetteer.lookup("Afghanistan").key not in [o for _, o in sides(found, "REQUEST")]


def test_the_orderer_hung_on_the_infinitive_still_orders(gazetteer):
    # "Google was ordered to pay fines by the European Union."
    found = analyse_doc(build("""
        Google    Google    PROPN NNP   2 nsubjpass  ORG
        was       be        AUX   VBD   2 auxpass
        ordered   order     VERB  VBN   2 ROOT
        to        to        PART  TO    4 aux
        pay       pay       VERB  VB    2 xcomp
        fines     fine      NOUN  NNS   4 dobj
        by        by        ADP   IN    4 prep
        the       the       DET   DT    9 det
        European  European  PROPN NNP   9 compound   ORG
        Union     Union     PROPN NNP   6 pobj       +
        .         .         PUNCT .     2 punct
    """), gazetteer)
    requests = sides(found, "REQUEST")
    assert [s for s, _ in requests] == [gazetteer.lookup("European Union").key]
    assert requests[0][1] is not None and requests[0][1] != requests[0][0]


def test_refusing_to_comply_with_a_ruling_rejects_whoever_made_it(gazetteer):
    # "Hungary refused to comply with the European Union's ruling."
    found = analyse_doc(build("""
        Hungary   Hungary   PROPN NNP   1 nsubj     GPE
        refused   refuse    VERB  VBD   1 ROOT
        to        to        PART  TO    3 aux
        comply    comply    VERB  VB    1 xcomp
        with      with      ADP   IN    3 prep
        the       the       DET   DT    7 det
        European  European  PROPN NNP   7 compound  ORG
        Union     Union     PROPN NNP   9 poss      +
        's        's        PART  POS   7 case
        ruling    ruling    NOUN  NN    4 pobj
        .         .         PUNCT .     1 punct
    """), gazetteer)
    assert sides(found, "REJECT") == [(gazetteer.lookup("Hungary").key, gazetteer.lookup("European Union").key)]


def test_a_poll_questioning_adults_accuses_no_one(gazetteer):
    # "The Ipsos poll questioned 2,000 British adults."
    found = analyse_doc(build("""
        The        the       DET   DT    2 det
        Ipsos      Ipsos     PROPN NNP   2 compound  ORG
        poll       poll      NOUN  NN    3 nsubj
        questioned question  VERB  VBD   3 ROOT
        2,000      2,000     NUM   CD    6 nummod    CARDINAL
        British    british   ADJ   JJ    6 amod      NORP
        adults     adult     NOUN  NNS   3 dobj
        .          .         PUNCT .     3 punct
    """), gazetteer)
    assert sides(found, "ACCUSE") == []


def test_challenging_a_rivals_lead_rejects_nothing(gazetteer):
    # "Samsung hopes to challenge Apple's leadership in phones."
    found = analyse_doc(build("""
        Samsung    Samsung    PROPN NNP   1 nsubj  ORG
        hopes      hope       VERB  VBZ   1 ROOT
        to         to         PART  TO    3 aux
        challenge  challenge  VERB  VB    1 xcomp
        Apple      Apple      PROPN NNP   6 poss   ORG
        's         's         PART  POS   4 case
        leadership leadership NOUN  NN    3 dobj
        in         in         ADP   IN    6 prep
        phones     phone      NOUN  NNS   7 pobj
        .          .          PUNCT .     1 punct
    """), gazetteer)
    assert sides(found, "REJECT") == []


def test_the_charger_hung_on_the_charge_still_accuses(gazetteer):
    # "Two Kenyans were charged with fraud by the European Union."
    found = analyse_doc(build("""
        Two       two       NUM   CD    1 nummod     CARDINAL
        Kenyans   Kenyan    PROPN NNPS  3 nsubjpass  NORP
        were      be        AUX   VBD   3 auxpass
        charged   charge    VERB  VBN   3 ROOT
        with      with      ADP   IN    3 prep
        fraud     fraud     NOUN  NN    4 pobj
        by        by        ADP   IN    5 prep
        the       the       DET   DT    9 det
        European  European  PROPN NNP   9 compound   ORG
        Union     Union     PROPN NNP   6 pobj       +
        .         .         PUNCT .     3 punct
    """), gazetteer)
    assert gazetteer.lookup("European Union").key in [s for s, _ in sides(found, "ACCUSE")]


def test_a_statement_urging_is_its_issuers_request(gazetteer):
    # "Kenya issued a statement urging Ethiopia to respect the truce."
    found = analyse_doc(build("""
        Kenya      Kenya      PROPN NNP   1 nsubj  GPE
        issued     issue      VERB  VBD   1 ROOT
        a          a          DET   DT    3 det
        statement  statement  NOUN  NN    1 dobj
        urging     urge       VERB  VBG   3 acl
        Ethiopia   Ethiopia   PROPN NNP   4 dobj   GPE
        to         to         PART  TO    7 aux
        respect    respect    VERB  VB    4 xcomp
        the        the        DET   DT    9 det
        truce      truce      NOUN  NN    7 dobj
        .          .          PUNCT .     1 punct
    """), gazetteer)
    assert (gazetteer.lookup("Kenya").key, gazetteer.lookup("Ethiopia").key) in sides(found, "REQUEST")


def test_a_demand_that_someone_act_is_made_of_them(gazetteer):
    # "The European Union repeated its demand that Russia withdraw its troops."
    found = analyse_doc(build("""
        The       the       DET   DT    2 det
        European  European  PROPN NNP   2 compound  ORG
        Union     Union     PROPN NNP   3 nsubj     +
        repeated  repeat    VERB  VBD   3 ROOT
        its       its       PRON  PRP$  5 poss
        demand    demand    NOUN  NN    3 dobj
        that      that      SCONJ IN    8 mark
        Russia    Russia    PROPN NNP   8 nsubj     GPE
        withdraw  withdraw  VERB  VB    5 acl
        its       its       PRON  PRP$  10 poss
        troops    troop     NOUN  NNS   8 dobj
        .         .         PUNCT .     3 punct
    """), gazetteer)
    assert (gazetteer.lookup("European Union").key, gazetteer.lookup("Russia").key) in sides(found, "REQUEST")


def test_who_is_to_blame_is_blamed_not_blaming(gazetteer):
    # "Russia said Ukraine was to blame for the attack."
    found = analyse_doc(build("""
        Russia   Russia   PROPN NNP   1 nsubj  GPE
        said     say      VERB  VBD   1 ROOT
        Ukraine  Ukraine  PROPN NNP   3 nsubj  GPE
        was      be       AUX   VBD   1 ccomp
        to       to       PART  TO    5 aux
        blame    blame    VERB  VB    3 xcomp
        for      for      ADP   IN    5 prep
        the      the      DET   DT    8 det
        attack   attack   NOUN  NN    6 pobj
        .        .        PUNCT .     1 punct
    """), gazetteer)
    assert gazetteer.lookup("Ukraine").key not in [s for s, _ in sides(found, "ACCUSE")]
