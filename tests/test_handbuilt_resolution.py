"""Resolution passes on hand-built parses (tests/handbuilt.py): titles, roles, sector phrases,
anonymous sources, capitals, short names and pronouns; and the Resolution is a finished value."""
from __future__ import annotations

import pytest

from handbuilt import build


def resolve(gazetteer, table: str):
    from newsgraph.resolve.document import resolve_document
    doc = build(table)
    return doc, resolve_document(doc, gazetteer)


def entity_of(doc, res, word: str) -> str | None:
    """The entity of the first token reading `word`."""
    return res.entity_at(next(t.i for t in doc if t.text == word))


def test_a_title_before_a_name_makes_the_role_description_that_person(gazetteer):
    doc, res = resolve(gazetteer, """
        Egyptian   Egyptian   ADJ   JJ  2 amod  NORP
        President  president  PROPN NNP 2 compound
        Sisi       Sisi       PROPN NNP 3 nsubj PERSON
        arrived    arrive     VERB  VBD 3 ROOT
        .          .          PUNCT .   3 punct
        The        the        DET   DT  7 det
        Egyptian   Egyptian   ADJ   JJ  7 amod  NORP
        president  president  NOUN  NN  8 nsubj
        spoke      speak      VERB  VBD 8 ROOT
        .          .          PUNCT .   8 punct
    """)
    sisi = gazetteer.lookup("Sisi").key
    assert entity_of(doc, res, "Sisi") == sisi
    assert res.entity_at(7) == sisi
    role = next(m for m in res.mentions if m.start == doc[5].idx)
    assert role.text == "The Egyptian president" and role.reason.startswith("role")


def test_a_deputy_title_is_not_the_office(gazetteer):
    doc, res = resolve(gazetteer, """
        Deputy     deputy     PROPN NNP 3 compound
        Prime      prime      PROPN NNP 3 compound
        Minister   minister   PROPN NNP 3 compound
        Koren      Koren      PROPN NNP 4 nsubj PERSON
        spoke      speak      VERB  VBD 4 ROOT
        .          .          PUNCT .   4 punct
        The        the        DET   DT  8 det
        prime      prime      ADJ   JJ  8 amod
        minister   minister   NOUN  NN  9 nsubj
        left       leave      VERB  VBD 9 ROOT
        .          .          PUNCT .   9 punct
    """)
    assert entity_of(doc, res, "Koren") is not None
    assert res.entity_at(8) is None


def test_a_demonym_and_a_sector_noun_name_the_country_s_force(gazetteer):
    doc, res = resolve(gazetteer, """
        The        the        DET   DT  2 det
        Egyptian   Egyptian   ADJ   JJ  2 amod  NORP
        army       army       NOUN  NN  3 nsubj
        advanced   advance    VERB  VBD 3 ROOT
        .          .          PUNCT .   3 punct
    """)
    assert res.entity_at(2) == gazetteer.sector("EGY", "military").key
    assert res.entities[res.entity_at(2)].type == "MILITARY"


def test_sources_after_a_demonym_are_anonymous_and_belong_to_the_country(gazetteer):
    doc, res = resolve(gazetteer, """
        Egyptian   Egyptian   ADJ   JJ  1 amod  NORP
        sources    source     NOUN  NNS 2 nsubj
        said       say        VERB  VBD 2 ROOT
        .          .          PUNCT .   2 punct
    """)
    anon = res.entities[res.entity_at(1)]
    assert anon.type == "ANONYMOUS_SOURCE" and anon.country == "EGY"


def test_an_unnamed_official_is_an_anonymous_source_without_a_country(gazetteer):
    doc, res = resolve(gazetteer, """
        An         an         DET   DT  3 det
        unnamed    unnamed    ADJ   JJ  3 amod
        senior     senior     ADJ   JJ  3 amod
        official   official   NOUN  NN  4 nsubj
        said       say        VERB  VBD 4 ROOT
        .          .          PUNCT .   4 punct
    """)
    anon = res.entities[res.entity_at(3)]
    assert anon.type == "ANONYMOUS_SOURCE" and anon.country is None
    assert res.entity_at(1) == res.entity_at(3)


def test_a_capital_as_subject_is_the_government(gazetteer):
    doc, res = resolve(gazetteer, """
        Cairo      Cairo      PROPN NNP 1 nsubj GPE
        condemned  condemn    VERB  VBD 1 ROOT
        the        the        DET   DT  3 det
        raid       raid       NOUN  NN  1 dobj
        .          .          PUNCT .   1 punct
    """)
    egypt = gazetteer.country_of_capital("Cairo")
    assert res.entity_at(0) == (gazetteer.sector(egypt.id, "government") or egypt).key


def test_a_capital_after_in_is_a_place(gazetteer):
    doc, res = resolve(gazetteer, """
        They       they       PRON  PRP 1 nsubj
        met        meet       VERB  VBD 1 ROOT
        in         in         ADP   IN  1 prep
        Cairo      Cairo      PROPN NNP 2 pobj  GPE
        .          .          PUNCT .   1 punct
    """)
    assert res.entities[res.entity_at(3)].type == "LOCATION"


def test_a_surname_after_the_full_name_is_the_same_person(gazetteer):
    doc, res = resolve(gazetteer, """
        Haim       Haim       PROPN NNP 1 compound PERSON
        Koren      Koren      PROPN NNP 2 nsubj +
        spoke      speak      VERB  VBD 2 ROOT
        .          .          PUNCT .   2 punct
        Koren      Koren      PROPN NNP 5 nsubj PERSON
        left       leave      VERB  VBD 5 ROOT
        .          .          PUNCT .   5 punct
    """)
    assert res.entity_at(4) == res.entity_at(0) is not None
    assert res.entities[res.entity_at(4)].type == "PERSON"


def test_a_pronoun_refers_to_the_last_person(gazetteer):
    doc, res = resolve(gazetteer, """
        Sisi       Sisi       PROPN NNP 1 nsubj PERSON
        arrived    arrive     VERB  VBD 1 ROOT
        .          .          PUNCT .   1 punct
        He         he         PRON  PRP 4 nsubj
        spoke      speak      VERB  VBD 4 ROOT
        .          .          PUNCT .   4 punct
    """)
    assert res.entity_at(3) == gazetteer.lookup("Sisi").key
    assert next(m for m in res.mentions if m.text == "He").reason == "coreference"


def test_the_resolution_is_finished_sorted_and_read_only(gazetteer):
    doc, res = resolve(gazetteer, """
        Egyptian   Egyptian   ADJ   JJ  1 amod  NORP
        sources    source     NOUN  NNS 2 nsubj
        said       say        VERB  VBD 2 ROOT
        Hamas      Hamas      PROPN NNP 4 nsubj ORG
        attacked   attack     VERB  VBD 2 ccomp
        Israel     Israel     PROPN NNP 4 dobj  GPE
        .          .          PUNCT .   2 punct
    """)
    starts = [m.start for m in res.mentions]
    assert starts == sorted(starts) and len(starts) == 3
    with pytest.raises(TypeError):
        res.entities["x"] = res.entities[res.entity_at(3)]
    with pytest.raises(TypeError):
        res.token_entity[0] = "x"
    with pytest.raises(AttributeError):
        res.mentions.append(res.mentions[0])
