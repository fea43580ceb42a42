"""Actors on hand-built parses (tests/handbuilt.py): bodies named after a country, names shaped
like organisations, NER junk, short names shared by many groups, participants without a name
and the relation a spokesperson states. Sentences are our own."""
from __future__ import annotations

import pytest

from handbuilt import analyse_doc, build


def resolve(gazetteer, table: str):
    from newsgraph.resolve.document import resolve_document
    doc = build(table)
    return doc, resolve_document(doc, gazetteer)


def entity_of(doc, res, word: str, nth: int = 0):
    """The entity of the nth token reading `word` (None when no mention holds it)."""
    i = [t.i for t in doc if t.text == word][nth]
    key = res.entity_at(i)
    return res.entities[key] if key else None


@pytest.mark.parametrize("table, word, country", [
    ("""
        Universal  Universal  PROPN NNP 1 compound ORG
        Music      Music      PROPN NNP 2 compound +
        Germany    Germany    PROPN NNP 3 nsubj    GPE
        sued       sue        VERB  VBD 3 ROOT
        Spotify    Spotify    PROPN NNP 3 dobj     ORG
        .          .          PUNCT .   3 punct
    """, "Germany", "DEU"),
    ("""
        Air        Air        PROPN NNP 1 compound
        France     France     PROPN NNP 2 nsubj GPE
        cancelled  cancel     VERB  VBD 2 ROOT
        flights    flight     NOUN  NNS 2 dobj
        .          .          PUNCT .   2 punct
    """, "France", "FRA"),
    ("""
        Kenya      Kenya      PROPN NNP 1 compound GPE
        Airways    Airways    PROPN NNP 2 nsubj
        suspended  suspend    VERB  VBD 2 ROOT
        flights    flight     NOUN  NNS 2 dobj
        .          .          PUNCT .   2 punct
    """, "Kenya", "KEN"),
    ("""
        The        the        DET   DT  3 det
        US         US         PROPN NNP 3 compound GPE
        insurance  insurance  NOUN  NN  3 compound
        industry   industry   NOUN  NN  4 nsubj
        opposed    oppose     VERB  VBD 4 ROOT
        the        the        DET   DT  6 det
        law        law        NOUN  NN  4 dobj
        .          .          PUNCT .   4 punct
    """, "industry", "USA"),
])
def test_a_body_named_after_a_country_is_an_organisation_of_that_country(gazetteer, table, word, country):
    doc, res = resolve(gazetteer, table)
    ent = entity_of(doc, res, word)
    assert ent is not None and ent.type != "COUNTRY" and ent.country == country
    assert gazetteer.actors[country].key not in {m.entity for m in res.mentions}


def test_a_country_modifying_a_ministry_of_its_own_is_still_the_state(gazetteer):
    # "the Kenyan army" stays a state body: the army is no company
    doc, res = resolve(gazetteer, """
        The     the     DET   DT  2 det
        Kenyan  Kenyan  ADJ   JJ  2 amod NORP
        army    army    NOUN  NN  3 nsubj
        moved   move    VERB  VBD 3 ROOT
        .       .       PUNCT .   3 punct
    """)
    assert entity_of(doc, res, "army").key == gazetteer.sector("KEN", "military").key


def test_a_body_of_a_nation_of_the_united_kingdom_belongs_to_the_uk(gazetteer):
    doc, res = resolve(gazetteer, """
        The       the       DET   DT  1 det
        Bank      Bank      PROPN NNP 4 nsubj ORG
        of        of        ADP   IN  1 prep  +
        Scotland  Scotland  PROPN NNP 2 pobj  +
        cut       cut       VERB  VBD 4 ROOT
        rates     rate      NOUN  NNS 4 dobj
        .         .         PUNCT .   4 punct
    """)
    assert entity_of(doc, res, "Bank").country == "GBR"


@pytest.mark.parametrize("name", ["England", "Scotland", "Wales", "Northern Ireland"])
def test_the_nations_of_the_united_kingdom_are_places_in_it(gazetteer, name):
    # "Floods hit Wales on Monday": a place of the UK, not a country of its own
    actor = gazetteer.lookup(name)
    assert actor.type == "LOCATION" and actor.country == "GBR"


@pytest.mark.parametrize("words, label", [
    (["Ansar", "al-Sharia"], "PERSON"),
    (["Jaish", "al-Adl"], "PERSON"),
    (["Movement", "for", "Democratic", "Change"], "PERSON"),
])
def test_a_name_shaped_like_an_organisation_is_no_person(gazetteer, words, label):
    rows = [f"{w} {w} PROPN NNP {len(words) - 1} compound {label if i == 0 else '+'}" for i, w in enumerate(words)]
    rows[-1] = rows[-1].replace("compound", "nsubj").replace(f" {len(words) - 1} ", f" {len(words)} ")
    rows += [f"claimed claim VERB VBD {len(words)} ROOT", f". . PUNCT . {len(words)} punct"]
    doc, res = resolve(gazetteer, "\n".join(rows))
    assert entity_of(doc, res, words[0]).type != "PERSON"


def test_a_lower_case_word_or_a_leading_verb_is_no_name(gazetteer):
    doc, res = resolve(gazetteer, """
        He        he        PRON  PRP 1 nsubj
        went      go        VERB  VBD 1 ROOT
        berserk   berserk   ADJ   JJ  1 acomp ORG
        before    before    ADP   IN  1 prep
        Joining   join      VERB  VBG 3 pcomp PERSON
        Cooley    Cooley    PROPN NNP 4 dobj  +
        .         .         PUNCT .   1 punct
    """)
    assert entity_of(doc, res, "berserk") is None
    assert entity_of(doc, res, "Joining") is None
    assert entity_of(doc, res, "Cooley").name == "Cooley"


ANSAR = """
    Ansar      Ansar      PROPN NNP 2 compound ORG
    Bayt       Bayt       PROPN NNP 2 compound +
    al-Maqdis  al-Maqdis  PROPN NNP 3 nsubj    +
    attacked   attack     VERB  VBD 3 ROOT
    a          a          DET   DT  5 det
    checkpoint checkpoint NOUN  NN  3 dobj
    .          .          PUNCT .   3 punct
"""


def test_a_word_many_groups_begin_with_joins_the_group_of_the_document(gazetteer):
    doc, res = resolve(gazetteer, ANSAR + """
        Ansar     Ansar     PROPN NNP 8 nsubj ORG
        claimed   claim     VERB  VBD 8 ROOT
        it        it        PRON  PRP 8 dobj
        .         .         PUNCT .   8 punct
    """)
    assert entity_of(doc, res, "Ansar", 1).key == gazetteer.lookup("Ansar Bayt al-Maqdis").key


def test_a_word_many_groups_begin_with_does_not_join_a_group_of_another_country(gazetteer):
    doc, res = resolve(gazetteer, ANSAR + """
        The       the       DET   DT  9 det
        Ansar     Ansar     PROPN NNP 9 compound ORG
        group     group     NOUN  NN  12 nsubj
        in        in        ADP   IN  9 prep
        Gaza      Gaza      PROPN NNP 10 pobj LOC
        fired     fire      VERB  VBD 12 ROOT
        rockets   rocket    NOUN  NNS 12 dobj
        .         .         PUNCT .   12 punct
    """)
    assert entity_of(doc, res, "Ansar", 1).key != gazetteer.lookup("Ansar Bayt al-Maqdis").key


def test_a_person_described_is_the_participant_not_a_place_or_a_country_in_the_phrase(gazetteer):
    doc = build("""
        A           a           DET   DT  1 det
        gunman      gunman      NOUN  NN  2 nsubj
        killed      kill        VERB  VBD 2 ROOT
        the         the         DET   DT  4 det
        wife        wife        NOUN  NN  2 dobj
        of          of          ADP   IN  4 prep
        the         the         DET   DT  8 det
        Iraqi       Iraqi       ADJ   JJ  8 amod NORP
        consul      consul      NOUN  NN  5 pobj
        in          in          ADP   IN  2 prep
        Leeds       Leeds       PROPN NNP 9 pobj GPE
        .           .           PUNCT .   2 punct
    """)
    analysis = analyse_doc(doc, gazetteer)
    wife = next(m.entity for m in analysis.mentions if m.text == "wife")
    assert analysis.entities[wife].type == "PERSON" and "consul" in analysis.entities[wife].name
    killing = [e for e in analysis.events if e.type == "ASSAULT"]
    assert killing and all(e.object == wife for e in killing)
    assert analysis.entities[killing[0].subject].type == "PERSON"


def test_two_documents_describing_a_driver_describe_two_people(gazetteer):
    table = """
        The     the     DET   DT  1 det
        driver  driver  NOUN  NN  2 nsubjpass
        was     be      AUX   VBD 2 auxpass
        killed  kill    VERB  VBN 2 ROOT
        in      in      ADP   IN  2 prep
        {place} {place} PROPN NNP 4 pobj GPE
        .       .       PUNCT .   2 punct
    """
    one, res_one = resolve(gazetteer, table.format(place="Kano"))
    two, res_two = resolve(gazetteer, table.format(place="Lagos"))
    assert entity_of(one, res_one, "driver").key != entity_of(two, res_two, "driver").key


def test_a_spokeswoman_speaks_for_a_body_she_does_not_lead(gazetteer):
    analysis = analyse_doc(build("""
        Acme         Acme         PROPN NNP 1 compound ORG
        spokeswoman  spokeswoman  NOUN  NN  3 compound
        Jane         Jane         PROPN NNP 3 compound PERSON
        Doe          Doe          PROPN NNP 4 nsubj    +
        said         say          VERB  VBD 4 ROOT
        nothing      nothing      PRON  NN  4 dobj
        .            .            PUNCT .   4 punct
    """), gazetteer)
    kinds = {e.type for e in analysis.events}
    assert "AFFILIATION" in kinds and "LEADERSHIP" not in kinds


def test_she_skips_a_man_named_after_the_woman(gazetteer):
    doc, res = resolve(gazetteer, """
        Mrs      Mrs      PROPN NNP 1 compound
        Okafor   Okafor   PROPN NNP 2 nsubj PERSON
        met      meet     VERB  VBD 2 ROOT
        Mr       Mr       PROPN NNP 4 compound
        Bello    Bello    PROPN NNP 2 dobj PERSON
        .        .        PUNCT .   2 punct
        She      she      PRON  PRP 7 nsubj
        left     leave    VERB  VBD 7 ROOT
        .        .        PUNCT .   7 punct
    """)
    assert res.entity_at(6) == entity_of(doc, res, "Okafor").key


def test_he_skips_a_woman_described_after_the_man(gazetteer):
    doc, res = resolve(gazetteer, """
        Ahmed    Ahmed    PROPN NNP 1 nsubj PERSON
        visited  visit    VERB  VBD 1 ROOT
        his      his      PRON  PRP$ 3 poss
        sister   sister   NOUN  NN  1 dobj
        .        .        PUNCT .   1 punct
        He       he       PRON  PRP 6 nsubj
        left     leave    VERB  VBD 6 ROOT
        .        .        PUNCT .   6 punct
    """)
    assert res.entity_at(5) == entity_of(doc, res, "Ahmed").key


def test_a_relative_clause_does_not_give_a_collective_its_country(gazetteer):
    doc, res = resolve(gazetteer, """
        Commandos  commando   NOUN  NNS 1 nsubj
        seized     seize      VERB  VBD 1 ROOT
        the        the        DET   DT  3 det
        smugglers  smuggler   NOUN  NNS 1 dobj
        ,          ,          PUNCT ,   3 punct
        who        who        PRON  WP  6 nsubj
        fled       flee       VERB  VBD 3 relcl
        a          a          DET   DT  9 det
        Ghanaian   Ghanaian   ADJ   JJ  9 amod NORP
        patrol     patrol     NOUN  NN  6 dobj
        .          .          PUNCT .   1 punct
    """)
    assert entity_of(doc, res, "smugglers").name == "smugglers"


def test_a_demonym_qualifies_an_armed_collective_written_as_it_is(gazetteer):
    doc, res = resolve(gazetteer, """
        Somali   Somali   ADJ   JJ  1 amod NORP
        pirates  pirate   NOUN  NNS 2 nsubj
        seized   seize    VERB  VBD 2 ROOT
        a        a        DET   DT  4 det
        tanker   tanker   NOUN  NN  2 dobj
        .        .        PUNCT .   2 punct
    """)
    pirates = entity_of(doc, res, "pirates")
    assert pirates.type == "ARMED_GROUP" and pirates.country == "SOM" and "Somali pirates" in pirates.aliases


def test_a_teen_shot_by_officers_is_a_person_of_the_document(gazetteer):
    doc, res = resolve(gazetteer, """
        Officers  officer  NOUN  NNS 1 nsubj
        shot      shoot    VERB  VBD 1 ROOT
        the       the      DET   DT  3 det
        teen      teen     NOUN  NN  1 dobj
        .         .        PUNCT .   1 punct
    """)
    assert entity_of(doc, res, "teen").type == "PERSON"
