"""Event constructions and attribution rules on hand-built parses (tests/handbuilt.py): what each
rule does with a given parse, whatever parse a model version would give."""
from __future__ import annotations

import pytest

from handbuilt import analyse_doc, build


@pytest.fixture(scope="module")
def lex():
    from newsgraph.extract.lexicon import lexicon
    return lexicon()


def key(gazetteer, name: str) -> str:
    return gazetteer.lookup(name).key


def events(gazetteer, table: str, etype: str | None = None):
    found = analyse_doc(build(table), gazetteer).events
    return [e for e in found if etype is None or e.type == etype]


def pairs(found) -> set[tuple[str | None, str | None]]:
    return {(e.subject, e.object) for e in found}


def test_an_active_clause_gives_subject_and_object(gazetteer, lex):
    found = events(gazetteer, """
        Hamas     Hamas    PROPN NNP 1 nsubj ORG
        attacked  attack   VERB  VBD 1 ROOT
        Israel    Israel   PROPN NNP 1 dobj  GPE
        .         .        PUNCT .   1 punct
    """)
    assert [e.type for e in found] == [lex.verbs["attack"].type]
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Israel"))}
    assert found[0].certainty == "asserted" and not found[0].negated and found[0].source is None


def test_a_passive_clause_takes_its_agent_as_subject(gazetteer):
    found = events(gazetteer, """
        Israel    Israel   PROPN NNP 2 nsubjpass GPE
        was       be       AUX   VBD 2 auxpass
        attacked  attack   VERB  VBN 2 ROOT
        by        by       ADP   IN  2 agent
        Hamas     Hamas    PROPN NNP 3 pobj  ORG
        .         .        PUNCT .   2 punct
    """, "ASSAULT")
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Israel"))}


def test_a_negated_verb_negates_the_event(gazetteer):
    found = events(gazetteer, """
        Hamas     Hamas    PROPN NNP 3 nsubj ORG
        did       do       AUX   VBD 3 aux
        not       not      PART  RB  3 neg
        attack    attack   VERB  VB  3 ROOT
        Israel    Israel   PROPN NNP 3 dobj  GPE
        .         .        PUNCT .   3 punct
    """, "ASSAULT")
    assert len(found) == 1 and found[0].negated


def test_a_modal_makes_the_event_possible(gazetteer):
    found = events(gazetteer, """
        Hamas     Hamas    PROPN NNP 2 nsubj ORG
        may       may      AUX   MD  2 aux
        attack    attack   VERB  VB  2 ROOT
        Israel    Israel   PROPN NNP 2 dobj  GPE
        .         .        PUNCT .   2 punct
    """, "ASSAULT")
    assert [e.certainty for e in found] == ["possible"]


def test_a_question_asserts_nothing(gazetteer):
    found = events(gazetteer, """
        Did       do       AUX   VBD 2 aux
        Hamas     Hamas    PROPN NNP 2 nsubj ORG
        attack    attack   VERB  VB  2 ROOT
        Israel    Israel   PROPN NNP 2 dobj  GPE
        ?         ?        PUNCT .   2 punct
    """, "ASSAULT")
    assert [e.certainty for e in found] == ["possible"]


def test_a_reporting_verb_makes_its_subject_the_source(gazetteer, lex):
    found = events(gazetteer, """
        Egypt     Egypt    PROPN NNP 1 nsubj GPE
        said      say      VERB  VBD 1 ROOT
        that      that     SCONJ IN  4 mark
        Hamas     Hamas    PROPN NNP 4 nsubj ORG
        attacked  attack   VERB  VBD 1 ccomp
        Israel    Israel   PROPN NNP 4 dobj  GPE
        .         .        PUNCT .   1 punct
    """, "ASSAULT")
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Israel"))}
    assert found[0].source is not None and found[0].source.entity == key(gazetteer, "Egypt")
    assert found[0].certainty == lex.reporting["say"]


def test_a_claim_verb_is_weaker_than_a_statement(gazetteer, lex):
    found = events(gazetteer, """
        Egypt     Egypt    PROPN NNP 1 nsubj GPE
        claimed   claim    VERB  VBD 1 ROOT
        that      that     SCONJ IN  4 mark
        Hamas     Hamas    PROPN NNP 4 nsubj ORG
        attacked  attack   VERB  VBD 1 ccomp
        Israel    Israel   PROPN NNP 4 dobj  GPE
        .         .        PUNCT .   1 punct
    """, "ASSAULT")
    assert [e.certainty for e in found] == [lex.reporting["claim"]] == ["alleged"]


def test_a_denial_negates_the_claim_and_a_pronoun_finds_its_actor(gazetteer):
    found = events(gazetteer, """
        Hamas     Hamas    PROPN NNP 1 nsubj ORG
        denied    deny     VERB  VBD 1 ROOT
        that      that     SCONJ IN  4 mark
        it        it       PRON  PRP 4 nsubj
        attacked  attack   VERB  VBD 1 ccomp
        Israel    Israel   PROPN NNP 4 dobj  GPE
        .         .        PUNCT .   1 punct
    """, "ASSAULT")
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Israel"))}
    assert found[0].negated and found[0].source.entity == key(gazetteer, "Hamas")


def test_an_unconfirmed_report_is_alleged_and_nobody_s_claim(gazetteer):
    found = events(gazetteer, """
        Egypt     Egypt    PROPN NNP 3 nsubj GPE
        has       have     AUX   VBZ 3 aux
        not       not      PART  RB  3 neg
        confirmed confirm  VERB  VBN 3 ROOT
        that      that     SCONJ IN  6 mark
        Hamas     Hamas    PROPN NNP 6 nsubj ORG
        attacked  attack   VERB  VBD 3 ccomp
        Israel    Israel   PROPN NNP 6 dobj  GPE
        .         .        PUNCT .   3 punct
    """, "ASSAULT")
    assert [e.certainty for e in found] == ["alleged"]
    assert not found[0].negated and found[0].source is None


def test_a_hedge_adverb_makes_the_event_hearsay(gazetteer, lex):
    found = events(gazetteer, """
        Hamas      Hamas      PROPN NNP 2 nsubj ORG
        reportedly reportedly ADV   RB  2 advmod
        attacked   attack     VERB  VBD 2 ROOT
        Israel     Israel     PROPN NNP 2 dobj  GPE
        .          .          PUNCT .   2 punct
    """, "ASSAULT")
    assert [e.certainty for e in found] == [lex.hedge_adverbs["reportedly"]]


def test_according_to_names_the_source(gazetteer):
    found = events(gazetteer, """
        Hamas      Hamas      PROPN NNP 1 nsubj ORG
        attacked   attack     VERB  VBD 1 ROOT
        Israel     Israel     PROPN NNP 1 dobj  GPE
        ,          ,          PUNCT ,   1 punct
        according  accord     VERB  VBG 1 prep
        to         to         ADP   IN  4 prep
        Egypt      Egypt      PROPN NNP 5 pobj  GPE
        .          .          PUNCT .   1 punct
    """, "ASSAULT")
    assert len(found) == 1 and found[0].source.entity == key(gazetteer, "Egypt")
    assert found[0].certainty == "reported"


def test_an_accusation_makes_the_act_alleged_by_the_accuser(gazetteer):
    found = events(gazetteer, """
        Israel     Israel     PROPN NNP 1 nsubj ORG
        accused    accuse     VERB  VBD 1 ROOT
        Hamas      Hamas      PROPN NNP 1 dobj  ORG
        of         of         ADP   IN  1 prep
        attacking  attack     VERB  VBG 3 pcomp
        Egypt      Egypt      PROPN NNP 4 dobj  GPE
        .          .          PUNCT .   1 punct
    """, "ASSAULT")
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Egypt"))}
    assert found[0].certainty == "alleged" and found[0].source.entity == key(gazetteer, "Israel")


def test_coordinated_subjects_each_act(gazetteer):
    found = events(gazetteer, """
        Hamas      Hamas      PROPN NNP 3 nsubj ORG
        and        and        CCONJ CC  0 cc
        Hezbollah  Hezbollah  PROPN NNP 0 conj  ORG
        attacked   attack     VERB  VBD 3 ROOT
        Israel     Israel     PROPN NNP 3 dobj  GPE
        .          .          PUNCT .   3 punct
    """, "ASSAULT")
    israel = key(gazetteer, "Israel")
    assert pairs(found) == {(key(gazetteer, "Hamas"), israel), (key(gazetteer, "Hezbollah"), israel)}


def test_coordinated_objects_are_each_acted_on(gazetteer):
    found = events(gazetteer, """
        Hamas      Hamas      PROPN NNP 1 nsubj ORG
        attacked   attack     VERB  VBD 1 ROOT
        Israel     Israel     PROPN NNP 1 dobj  GPE
        and        and        CCONJ CC  2 cc
        Egypt      Egypt      PROPN NNP 2 conj  GPE
        .          .          PUNCT .   1 punct
    """, "ASSAULT")
    hamas = key(gazetteer, "Hamas")
    assert pairs(found) == {(hamas, key(gazetteer, "Israel")), (hamas, key(gazetteer, "Egypt"))}


def test_a_symmetric_verb_joins_coordinated_subjects(gazetteer, lex):
    assert lex.verbs["meet"].symmetric
    found = events(gazetteer, """
        Egypt      Egypt      PROPN NNP 3 nsubj GPE
        and        and        CCONJ CC  0 cc
        Israel     Israel     PROPN NNP 0 conj  GPE
        met        meet       VERB  VBD 3 ROOT
        .          .          PUNCT .   3 punct
    """, lex.verbs["meet"].type)
    assert {frozenset(p) for p in pairs(found)} == {frozenset({key(gazetteer, "Egypt"), key(gazetteer, "Israel")})}


def test_an_event_noun_under_a_light_verb_is_the_event(gazetteer, lex):
    found = events(gazetteer, """
        Hamas      Hamas      PROPN NNP 1 nsubj ORG
        launched   launch     VERB  VBD 1 ROOT
        an         an         DET   DT  3 det
        attack     attack     NOUN  NN  1 dobj
        on         on         ADP   IN  3 prep
        Israel     Israel     PROPN NNP 4 pobj  GPE
        .          .          PUNCT .   1 punct
    """)
    assert "launch" in lex.light_verbs
    assert [(e.type, e.trigger) for e in found] == [(lex.nouns["attack"].type, "attack")]
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Israel"))}


def test_a_possessive_event_noun_takes_its_owner_as_subject(gazetteer, lex):
    found = events(gazetteer, """
        Hamas      Hamas      PROPN NNP 2 poss  ORG
        's         's         PART  POS 0 case
        attack     attack     NOUN  NN  5 nsubj
        on         on         ADP   IN  2 prep
        Israel     Israel     PROPN NNP 3 pobj  GPE
        failed     fail       VERB  VBD 5 ROOT
        .          .          PUNCT .   5 punct
    """, lex.nouns["attack"].type)
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Israel"))}


def test_violence_vowed_is_a_threat(gazetteer):
    found = events(gazetteer, """
        Hamas      Hamas      PROPN NNP 1 nsubj ORG
        vowed      vow        VERB  VBD 1 ROOT
        to         to         PART  TO  3 aux
        attack     attack     VERB  VB  1 xcomp
        Israel     Israel     PROPN NNP 3 dobj  GPE
        .          .          PUNCT .   1 punct
    """)
    assert {(e.type, e.trigger) for e in found} == {("THREATEN", "vowed")}
    assert pairs(found) == {(key(gazetteer, "Hamas"), key(gazetteer, "Israel"))}


def test_an_unnamed_collective_is_resolved_once_and_acts_in_the_event(gazetteer):
    from newsgraph.extract.events import extract_events
    from newsgraph.resolve.document import resolve_document

    doc = build("""
        Gunmen     gunman     NOUN  NNS 1 nsubj
        attacked   attack     VERB  VBD 1 ROOT
        Israel     Israel     PROPN NNP 1 dobj  GPE
        .          .          PUNCT .   1 punct
    """)
    resolution = resolve_document(doc, gazetteer)
    extraction = extract_events(doc, resolution, gazetteer)
    # resolution (resolve/participants.py) gives the collective its entity; extraction adds none
    gunmen = resolution.entity_at(0)
    assert resolution.entities[gunmen].type == "ARMED_GROUP" and not extraction.new_entities
    assert pairs(extraction.events) == {(gunmen, key(gazetteer, "Israel"))}
