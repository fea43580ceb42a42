"""A person or firm outside the gazetteer refusing alone is kept only where the
sentence names what is refused by a noun of a charge, claim or order (extract/keep.py
names_its_matter), on hand-built parses of sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build


def kinds(found):
    return [(e.type, e.object) for e in found.events]


def test_a_person_denying_the_charges_rejects_them(gazetteer):
    # "Mr Dalby denied the charges."
    found = analyse_doc(build("""
        Mr      Mr      PROPN NNP   1 compound PERSON
        Dalby   Dalby   PROPN NNP   2 nsubj    PERSON
        denied  deny    VERB  VBD   2 ROOT
        the     the     DET   DT    4 det
        charges charge  NOUN  NNS   2 dobj
        .       .       PUNCT .     2 punct
    """), gazetteer)
    assert ("REJECT", None) in kinds(found)
    assert [e.subject_text for e in found.events if e.type == "REJECT"] == ["Mr Dalby"]


def test_a_firm_refusing_to_obey_an_order_rejects_it(gazetteer):
    # "Korvane refused to obey the order."
    found = analyse_doc(build("""
        Korvane Korvane PROPN NNP   1 nsubj  ORG
        refused refuse  VERB  VBD   1 ROOT
        to      to      PART  TO    3 aux
        obey    obey    VERB  VB    1 xcomp
        the     the     DET   DT    5 det
        order   order   NOUN  NN    3 dobj
        .       .       PUNCT .     1 punct
    """), gazetteer)
    assert ("REJECT", None) in kinds(found)


def test_a_person_demanding_an_apology_alone_is_too_vague(gazetteer):
    # "Ms Okafor demanded an apology." -- from whom? (bench: the other side is often named and missed)
    found = analyse_doc(build("""
        Ms       Ms       PROPN NNP   1 compound PERSON
        Okafor   Okafor   PROPN NNP   2 nsubj    PERSON
        demanded demand   VERB  VBD   2 ROOT
        an       an       DET   DT    4 det
        apology  apology  NOUN  NN    2 dobj
        .        .        PUNCT .     2 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REQUEST"]


def test_a_person_rejecting_an_idea_is_no_event_alone(gazetteer):
    # "Mr Dalby rejected the idea." -- nothing says whose idea, or what it was
    found = analyse_doc(build("""
        Mr       Mr       PROPN NNP   1 compound PERSON
        Dalby    Dalby    PROPN NNP   2 nsubj    PERSON
        rejected reject   VERB  VBD   2 ROOT
        the      the      DET   DT    4 det
        idea     idea     NOUN  NN    2 dobj
        .        .        PUNCT .     2 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REJECT"]


def test_a_firm_agreeing_to_a_deal_alone_is_no_event(gazetteer):
    # "Korvane accepted the offer." -- a business deal, no statement against another side
    found = analyse_doc(build("""
        Korvane  Korvane  PROPN NNP   1 nsubj  ORG
        accepted accept   VERB  VBD   1 ROOT
        the      the      DET   DT    3 det
        offer    offer    NOUN  NN    1 dobj
        .        .        PUNCT .     1 punct
    """), gazetteer)
    assert not found.events


def test_a_firm_denying_press_reports_is_no_event_alone(gazetteer):
    # "Korvane denied the reports." -- what the press says is no side's charge
    found = analyse_doc(build("""
        Korvane  Korvane  PROPN NNP   1 nsubj  ORG
        denied   deny     VERB  VBD   1 ROOT
        the      the      DET   DT    3 det
        reports  report   NOUN  NNS   1 dobj
        .        .        PUNCT .     1 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REJECT"]


def test_a_person_only_vowing_to_ignore_an_order_rejects_nothing_yet(gazetteer):
    # "Mr Dalby vowed to ignore the order."
    found = analyse_doc(build("""
        Mr      Mr      PROPN NNP   1 compound PERSON
        Dalby   Dalby   PROPN NNP   2 nsubj    PERSON
        vowed   vow     VERB  VBD   2 ROOT
        to      to      PART  TO    4 aux
        ignore  ignore  VERB  VB    2 xcomp
        the     the     DET   DT    6 det
        order   order   NOUN  NN    4 dobj
        .       .       PUNCT .     2 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REJECT"]


def test_a_person_dismissing_the_claims_rejects_them(gazetteer):
    # "Ms Okafor dismissed the claims."
    found = analyse_doc(build("""
        Ms        Ms        PROPN NNP   1 compound PERSON
        Okafor    Okafor    PROPN NNP   2 nsubj    PERSON
        dismissed dismiss   VERB  VBD   2 ROOT
        the       the       DET   DT    4 det
        claims    claim     NOUN  NNS   2 dobj
        .         .         PUNCT .     2 punct
    """), gazetteer)
    assert ("REJECT", None) in kinds(found)


def test_refusing_to_deny_the_claims_rejects_nothing(gazetteer):
    # "Mr Dalby refused to deny the claims."
    found = analyse_doc(build("""
        Mr      Mr      PROPN NNP   1 compound PERSON
        Dalby   Dalby   PROPN NNP   2 nsubj    PERSON
        refused refuse  VERB  VBD   2 ROOT
        to      to      PART  TO    4 aux
        deny    deny    VERB  VB    2 xcomp
        the     the     DET   DT    6 det
        claims  claim   NOUN  NNS   4 dobj
        .       .       PUNCT .     2 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REJECT"]


def test_a_refusal_whose_actor_is_borrowed_from_another_clause_is_not_kept_alone(gazetteer):
    # "Ms Okafor spoke and dismissed the claims." -- the dismissing clause has no subject of its own
    found = analyse_doc(build("""
        Ms        Ms        PROPN NNP   1 compound PERSON
        Okafor    Okafor    PROPN NNP   2 nsubj    PERSON
        spoke     speak     VERB  VBD   2 ROOT
        and       and       CCONJ CC    2 cc
        dismissed dismiss   VERB  VBD   2 conj
        the       the       DET   DT    6 det
        claims    claim     NOUN  NNS   4 dobj
        .         .         PUNCT .     2 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REJECT"]


def test_a_firm_rejecting_a_charge_rejects_it(gazetteer):
    # "Korvane rejected the charge."
    found = analyse_doc(build("""
        Korvane  Korvane  PROPN NNP   1 nsubj  ORG
        rejected reject   VERB  VBD   1 ROOT
        the      the      DET   DT    3 det
        charge   charge   NOUN  NN    1 dobj
        .        .        PUNCT .     1 punct
    """), gazetteer)
    assert ("REJECT", None) in kinds(found)


def test_a_firm_denying_claims_is_public_relations(gazetteer):
    # "Korvane denied the claims."
    found = analyse_doc(build("""
        Korvane  Korvane  PROPN NNP   1 nsubj  ORG
        denied   deny     VERB  VBD   1 ROOT
        the      the      DET   DT    3 det
        claims   claim    NOUN  NNS   1 dobj
        .        .        PUNCT .     1 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REJECT"]
