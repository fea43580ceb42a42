"""Participants typed by what they are in the sentence (issue 11, point 6), on hand-built parses
(tests/handbuilt.py): a place before a private person is a nationality, not the actor; a name
before outsiders or a product is not the actor; a place before a body's head noun is where the
body is; a nationality word with an article is one person; a short acronym of a group of one
country needs a document that does not place itself elsewhere; one decision on unnamed
collectives for resolution and extraction."""
from __future__ import annotations

import pytest

from handbuilt import analyse_doc, build


def resolve(gazetteer, table: str):
    from newsgraph.resolve.document import resolve_document
    doc = build(table)
    return doc, resolve_document(doc, gazetteer)


def token(doc, word: str):
    return next(t for t in doc if t.text == word)


def known(res):
    from newsgraph.extract.actors import KnownActors
    return KnownActors(res)


NORWEGIAN_BLOGGER = """
    A          a          DET   DT  2 det
    Norwegian  Norwegian  ADJ   JJ  2 amod  NORP
    blogger    blogger    NOUN  NN  3 nsubj
    shot       shoot      VERB  VBD 3 ROOT
    a          a          DET   DT  5 det
    policeman  policeman  NOUN  NN  3 dobj
    .          .          PUNCT .   3 punct
"""


def test_a_place_before_a_private_person_is_a_nationality_not_the_actor(gazetteer):
    doc = build(NORWEGIAN_BLOGGER)
    analysis = analyse_doc(doc, gazetteer)
    norway = gazetteer.lookup("Norway").key
    shootings = [e for e in analysis.events if e.type == "ASSAULT"]
    assert shootings, [(e.type, e.subject, e.object) for e in analysis.events]
    assert all(e.subject != norway for e in shootings)
    assert analysis.entities[shootings[0].subject].type == "PERSON"


def test_a_place_before_forces_still_stands_for_the_state(gazetteer):
    from newsgraph.extract.arguments import actor_of
    doc, res = resolve(gazetteer, """
        Norwegian  Norwegian  ADJ   JJ  1 amod  NORP
        officials  official   NOUN  NNS 2 nsubj
        met        meet       VERB  VBD 2 ROOT
        .          .          PUNCT .   2 punct
    """)
    assert actor_of(token(doc, "officials"), known(res)) == gazetteer.lookup("Norway").key


@pytest.mark.parametrize("table, head", [
    ("""
        Chelsea    Chelsea    PROPN NNP 1 compound ORG
        fans       fan        NOUN  NNS 2 nsubj
        attacked   attack     VERB  VBD 2 ROOT
        a          a          DET   DT  4 det
        bus        bus        NOUN  NN  2 dobj
        .          .          PUNCT .   2 punct
    """, "fans"),
    ("""
        A          a          DET   DT  2 det
        Volvo      Volvo      PROPN NNP 2 compound ORG
        XC90       XC90       PROPN NNP 3 nsubj PRODUCT
        struck     strike     VERB  VBD 3 ROOT
        a          a          DET   DT  5 det
        cyclist    cyclist    NOUN  NN  3 dobj
        .          .          PUNCT .   3 punct
    """, "XC90"),
])
def test_a_name_before_outsiders_or_a_product_is_not_the_actor(gazetteer, table, head):
    from newsgraph.extract.arguments import actor_of
    doc, res = resolve(gazetteer, table)
    assert actor_of(token(doc, head), known(res)) is None


def test_a_city_before_a_body_is_where_the_body_is(gazetteer):
    doc, res = resolve(gazetteer, """
        A          a          DET   DT  4 det
        Denver     Denver     PROPN NNP 4 compound GPE
        grand      grand      ADJ   JJ  4 amod
        jury       jury       NOUN  NN  4 nsubj
        indicted   indict     VERB  VBD 4 ROOT
        the        the        DET   DT  6 det
        banker     banker     NOUN  NN  4 dobj
        .          .          PUNCT .   4 punct
    """)
    jury = res.entities[res.entity_at(token(doc, "jury").i)]
    # a jury is a state body, whatever place names it (resolve/bare_bodies.BODY_TYPE)
    assert jury.type == "GOVERNMENT" and jury.name == "Denver grand jury"
    assert res.entity_at(token(doc, "Denver").i) == jury.key


def test_a_person_of_a_country_s_court_is_not_the_country(gazetteer):
    from newsgraph.extract.arguments import actor_of
    doc, res = resolve(gazetteer, """
        The        the        DET   DT  4 det
        US         US         PROPN NNP 4 compound GPE
        appeals    appeal     NOUN  NNS 3 compound
        court      court      NOUN  NN  4 compound
        judge      judge      NOUN  NN  5 nsubj
        ruled      rule       VERB  VBD 5 ROOT
        .          .          PUNCT .   5 punct
    """)
    usa = gazetteer.lookup("US")
    court = res.entities[res.entity_at(token(doc, "court").i)]
    assert court.name == "US appeals court" and court.country == usa.id
    assert actor_of(token(doc, "judge"), known(res)) == court.key


def test_a_nationality_word_with_an_article_is_one_person(gazetteer):
    doc, res = resolve(gazetteer, """
        A          a          DET   DT  1 det
        Norwegian  Norwegian  PROPN NNP 5 nsubj NORP
        who        who        PRON  WP  3 nsubj
        joined     join       VERB  VBD 1 relcl
        police     police     NOUN  NNS 3 dobj
        died       die        VERB  VBD 5 ROOT
        .          .          PUNCT .   5 punct
        Norwegian  Norwegian  ADJ   JJ  8 amod  NORP
        troops     troop      NOUN  NNS 9 nsubj
        left       leave      VERB  VBD 9 ROOT
        .          .          PUNCT .   9 punct
    """)
    one = res.entities[res.entity_at(1)]
    assert one.type == "PERSON" and one.key != gazetteer.lookup("Norway").key
    assert res.entity_at(7) != one.key     # "Norwegian troops" are Norway's, not that person


FSA_IN_BRITAIN = """
    The        the        DET   DT  2 det
    UK         UK         PROPN NNP 3 poss  GPE
    's         's         PART  POS 1 case
    FSA        FSA        PROPN NNP 4 nsubj ORG
    fined      fine       VERB  VBD 4 ROOT
    a          a          DET   DT  6 det
    bank       bank       NOUN  NN  4 dobj
    .          .          PUNCT .   4 punct
"""
FSA_SPELLED_OUT = """
    The        the        DET   DT  3 det
    Financial  Financial  PROPN NNP 3 compound ORG
    Services   Services   PROPN NNP 3 compound +
    Authority  Authority  PROPN NNP 7 nsubj +
    (          (          PUNCT -LRB- 3 punct
    FSA        FSA        PROPN NNP 3 appos ORG
    )          )          PUNCT -RRB- 3 punct
    ruled      rule       VERB  VBD 7 ROOT
    .          .          PUNCT .   7 punct
"""
FSA_IN_SYRIA = """
    The        the        DET   DT  1 det
    FSA        FSA        PROPN NNP 2 nsubj ORG
    attacked   attack     VERB  VBD 2 ROOT
    Syrian     Syrian     ADJ   JJ  4 amod  NORP
    positions  position   NOUN  NNS 2 dobj
    .          .          PUNCT .   2 punct
"""


@pytest.mark.parametrize("table, group", [(FSA_IN_BRITAIN, False), (FSA_SPELLED_OUT, False), (FSA_IN_SYRIA, True)])
def test_a_short_acronym_of_a_group_needs_a_document_that_does_not_place_itself_elsewhere(gazetteer, table, group):
    doc, res = resolve(gazetteer, table)
    fsa = res.entity_at(token(doc, "FSA").i)
    assert (fsa == gazetteer.lookup("Free Syrian Army").key) is group
    if not group:
        assert fsa is not None and res.entities[fsa].type != "ARMED_GROUP"


def test_extraction_and_resolution_decide_unnamed_collectives_alike(gazetteer):
    from newsgraph.extract.arguments import generic_actor
    doc, res = resolve(gazetteer, """
        Gunmen     gunman     NOUN  NNS 1 nsubj
        attacked   attack     VERB  VBD 1 ROOT
        police     police     NOUN  NNS 1 dobj
        .          .          PUNCT .   1 punct
        The        the        DET   DT  5 det
        army       army       NOUN  NN  6 nsubj
        moved      move       VERB  VBD 6 ROOT
        troops     troop      NOUN  NNS 6 dobj
        .          .          PUNCT .   6 punct
        Hamas      Hamas      PROPN NNP 10 compound ORG
        fighters   fighter    NOUN  NNS 11 nsubj
        fled       flee       VERB  VBD 11 ROOT
        .          .          PUNCT .   11 punct
    """)
    actors = known(res)
    for word in ("Gunmen", "police"):
        made = res.mention_head.get(token(doc, word).i)
        assert made is not None and generic_actor(token(doc, word), actors) == made
    for word in ("troops", "fighters"):     # forces moved by their own side; a named group's members
        assert res.mention_head.get(token(doc, word).i) is None
        assert generic_actor(token(doc, word), actors) is None
    assert not actors.new_entities


@pytest.mark.parametrize("pronoun, refers", [("He", False), ("She", True)])
def test_a_pronoun_goes_only_to_a_person_of_its_gender_read_from_a_long_description(gazetteer, pronoun, refers):
    doc, res = resolve(gazetteer, f"""
        The        the        DET   DT  4 det
        first      first      ADJ   JJ  4 amod
        elected    elect      VERB  VBN 4 amod
        Sikh       Sikh       ADJ   JJ  4 amod  NORP
        woman      woman      NOUN  NN  5 nsubj
        spoke      speak      VERB  VBD 5 ROOT
        .          .          PUNCT .   5 punct
        {pronoun}  {pronoun.lower()} PRON PRP 8 nsubj
        left       leave      VERB  VBD 8 ROOT
        .          .          PUNCT .   8 punct
    """)
    woman = res.entity_at(4)
    assert woman is not None and res.entities[woman].type == "PERSON"
    assert (res.entity_at(7) == woman) is refers


def test_who_is_accused_of_an_act_in_a_reduced_relative_is_its_subject():
    from newsgraph.extract.arguments import subject_token
    doc = build("""
        A          a          DET   DT  1 det
        nephew     nephew     NOUN  NN  7 nsubj
        accused    accuse     VERB  VBN 1 acl
        of         of         ADP   IN  2 prep
        strangling strangle   VERB  VBG 3 pcomp
        his        his        PRON  PRP$ 6 poss
        aunt       aunt       NOUN  NN  4 dobj
        appeared   appear     VERB  VBD 7 ROOT
        .          .          PUNCT .   7 punct
    """)
    assert subject_token(doc[4]).text == "nephew"


@pytest.mark.parametrize("label", ["GPE", "PERSON"])    # a town the NER takes for a person
def test_a_town_people_come_from_is_their_home_not_whom_they_act_for(gazetteer, label):
    from newsgraph.extract.arguments import actor_of
    doc, res = resolve(gazetteer, f"""
        Two        two        NUM   CD  1 nummod
        men        man        NOUN  NNS 5 nsubjpass
        from       from       ADP   IN  1 prep
        Leeds      Leeds      PROPN NNP 2 pobj  {label}
        were       be         AUX   VBD 5 auxpass
        arrested   arrest     VERB  VBN 5 ROOT
        .          .          PUNCT .   5 punct
    """)
    assert res.entity_at(3) is not None
    actors = known(res)
    key = actor_of(token(doc, "men"), actors)
    # the men are a described group of their own, never the town
    assert key != res.entity_at(3)
    assert actors.entities[key].name == "men" and actors.entities[key].type == "OTHER"


def test_a_name_heading_a_body_phrase_is_the_body(gazetteer):
    doc, res = resolve(gazetteer, """
        The        the        DET   DT  4 det
        Dutch      Dutch      ADJ   JJ  3 amod  NORP
        banking    banking    NOUN  NN  3 compound
        regulator  regulator  NOUN  NN  4 compound
        DNB        DNB        PROPN NNP 5 nsubj ORG
        fined      fine       VERB  VBD 5 ROOT
        ING        ING        PROPN NNP 5 dobj  ORG
        .          .          PUNCT .   5 punct
    """)
    assert res.entities[res.entity_at(4)].name == "DNB"
    assert res.entity_at(3) is None     # no "Dutch banking regulator" body beside the name
