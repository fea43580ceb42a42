"""Participants shared between clauses (extract/clause_links.py) and the completeness and claimant
rules for statements and charges (extract/events.py, extract/attribution.py), on hand-built
parses of sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import named_sides


def key(gazetteer, name: str) -> str:
    return gazetteer.lookup(name).key


def analysed(gazetteer, table: str):
    return analyse_doc(build(table), gazetteer)


def test_a_passive_conjunct_shares_the_undergoer_of_an_active_clause(gazetteer):
    # "Tomas Berger surrendered and was arrested." -- he is arrested, he does not arrest
    found = analysed(gazetteer, """
        Tomas       Tomas      PROPN NNP 1 compound PERSON
        Berger      Berger     PROPN NNP 2 nsubj    +
        surrendered surrender  VERB  VBD 2 ROOT
        and         and        CCONJ CC  2 cc
        was         be         AUX   VBD 5 auxpass
        arrested    arrest     VERB  VBN 2 conj
        .           .          PUNCT .   2 punct
    """)
    assert named_sides(found, "COERCE") == {(None, "Tomas Berger")}


def test_a_passive_conjunct_shares_the_undergoer_of_a_passive_clause(gazetteer):
    # "Forty students were searched and detained in Harare."
    found = analysed(gazetteer, """
        Forty     forty     NUM   CD  1 nummod CARDINAL
        students  student   NOUN  NNS 3 nsubjpass
        were      be        AUX   VBD 3 auxpass
        searched  search    VERB  VBN 3 ROOT
        and       and       CCONJ CC  3 cc
        detained  detain    VERB  VBN 3 conj
        in        in        ADP   IN  5 prep
        Harare    Harare    PROPN NNP 6 pobj GPE
        .         .         PUNCT .   3 punct
    """)
    detained = [e for e in found.events if e.type == "COERCE"]
    assert len(detained) == 1 and detained[0].subject is None
    assert "students" in detained[0].object_text


def test_a_passive_participle_after_a_preposition_shares_the_main_subject(gazetteer):
    # "Lena Ortiz fled before being taken into custody."
    found = analysed(gazetteer, """
        Lena      Lena      PROPN NNP 1 compound PERSON
        Ortiz     Ortiz     PROPN NNP 2 nsubj    +
        fled      flee      VERB  VBD 2 ROOT
        before    before    ADP   IN  2 prep
        being     be        AUX   VBG 5 auxpass
        taken     take      VERB  VBN 3 pcomp
        into      into      ADP   IN  5 prep
        custody   custody   NOUN  NN  6 pobj
        .         .         PUNCT .   2 punct
    """)
    assert named_sides(found, "COERCE") == {(None, "Lena Ortiz")}


def test_a_relative_clause_without_object_acts_on_the_noun_it_modifies(gazetteer):
    # "Marco Vitale released the woman he took hostage, Ana Ruiz." -> the taking acts on the woman, not "hostage"
    found = analysed(gazetteer, """
        Marco     Marco     PROPN NNP 1 compound PERSON
        Vitale    Vitale    PROPN NNP 2 nsubj    +
        released  release   VERB  VBD 2 ROOT
        the       the       DET   DT  4 det
        woman     woman     NOUN  NN  2 dobj
        he        he        PRON  PRP 6 nsubj
        took      take      VERB  VBD 4 relcl
        hostage   hostage   NOUN  NN  6 dobj
        ,         ,         PUNCT ,   4 punct
        Ana       Ana       PROPN NNP 10 compound PERSON
        Ruiz      Ruiz      PROPN NNP 4 appos    +
        .         .         PUNCT .   2 punct
    """)
    taken = [e for e in found.events if e.trigger == "took"]
    assert taken and {e.object_text for e in taken} == {"the woman"}
    assert all(e.object is not None for e in taken)


def test_a_relative_clause_with_a_relative_subject_keeps_its_own_object(gazetteer):
    from newsgraph.extract.clause_links import relative_gap_object
    doc = build("""
        the       the       DET   DT  1 det
        man       man       NOUN  NN  1 ROOT
        who       who       PRON  WP  3 nsubj
        attacked  attack    VERB  VBD 1 relcl
        guards    guard     NOUN  NNS 3 dobj
    """)
    assert relative_gap_object(doc[3]) is None


def test_a_semicolon_list_hung_on_an_apposition_gives_every_item(gazetteer):
    # "Pavel Dorn shot Ivan Petrov; a driver, Omar Said; and Sgt. Lee Chan."
    found = analysed(gazetteer, """
        Pavel     Pavel     PROPN NNP 1 compound PERSON
        Dorn      Dorn      PROPN NNP 2 nsubj    +
        shot      shoot     VERB  VBD 2 ROOT
        Ivan      Ivan      PROPN NNP 4 compound PERSON
        Petrov    Petrov    PROPN NNP 2 dobj     +
        ;         ;         PUNCT :   4 punct
        a         a         DET   DT  7 det
        driver    driver    NOUN  NN  4 appos
        ,         ,         PUNCT ,   7 punct
        Omar      Omar      PROPN NNP 10 compound PERSON
        Said      Said      PROPN NNP 7 conj     +
        ;         ;         PUNCT :   7 punct
        and       and       CCONJ CC  7 cc
        Lee       Lee       PROPN NNP 14 compound PERSON
        Chan      Chan      PROPN NNP 7 conj     +
        .         .         PUNCT .   2 punct
    """)
    victims = {o for _, o in named_sides(found, "ASSAULT")}
    assert {"Ivan Petrov", "Omar Said", "Lee Chan"} <= victims


def test_counted_people_are_the_ones_counted():
    from newsgraph.extract.clause_links import counted
    doc = build("""
        tens      ten       NOUN  NNS 2 quantmod CARDINAL
        of        of        ADP   IN  2 quantmod +
        thousands thousand  NOUN  NNS 6 nsubj    +
        of        of        ADP   IN  2 prep
        farm      farm      NOUN  NN  5 compound
        workers   worker    NOUN  NNS 3 pobj
        marched   march     VERB  VBD 6 ROOT
    """)
    assert counted(doc[2]).text == "workers"
    assert counted(doc[5]).text == "workers"


def test_facing_charges_from_someone_is_their_accusation(gazetteer):
    # "Hamas faced criticism from Egypt."
    found = analysed(gazetteer, """
        Hamas      Hamas      PROPN NNP 1 nsubj ORG
        faced      face       VERB  VBD 1 ROOT
        criticism  criticism  NOUN  NN  1 dobj
        from       from       ADP   IN  2 prep
        Egypt      Egypt      PROPN NNP 3 pobj  GPE
        .          .          PUNCT .   1 punct
    """)
    accused = [e for e in found.events if e.type == "ACCUSE"]
    assert [(e.subject, e.object) for e in accused] == [(key(gazetteer, "Egypt"), key(gazetteer, "Hamas"))]


def test_facing_criticism_with_no_critic_named_is_no_event(gazetteer):
    found = analysed(gazetteer, """
        Hamas      Hamas      PROPN NNP 1 nsubj ORG
        faced      face       VERB  VBD 1 ROOT
        criticism  criticism  NOUN  NN  1 dobj
        .          .          PUNCT .   1 punct
    """)
    assert not [e for e in found.events if e.type == "ACCUSE"]


def test_a_named_person_charged_in_the_passive_is_an_accusation_without_accuser(gazetteer):
    # "Nadia Kovac was charged with fraud."
    found = analysed(gazetteer, """
        Nadia    Nadia    PROPN NNP 1 compound PERSON
        Kovac    Kovac    PROPN NNP 3 nsubjpass +
        was      be       AUX   VBD 3 auxpass
        charged  charge   VERB  VBN 3 ROOT
        with     with     ADP   IN  3 prep
        fraud    fraud    NOUN  NN  4 pobj
        .        .        PUNCT .   3 punct
    """)
    assert named_sides(found, "ACCUSE") == {(None, "Nadia Kovac")}


def test_being_charged_a_price_is_no_accusation(gazetteer):
    # "Nadia Kovac was charged a fee."
    found = analysed(gazetteer, """
        Nadia    Nadia    PROPN NNP 1 compound PERSON
        Kovac    Kovac    PROPN NNP 3 nsubjpass +
        was      be       AUX   VBD 3 auxpass
        charged  charge   VERB  VBN 3 ROOT
        a        a        DET   DT  5 det
        fee      fee      NOUN  NN  3 dobj
        .        .        PUNCT .   3 punct
    """)
    assert not [e for e in found.events if e.type == "ACCUSE"]


def test_a_weapon_thrown_at_things_makes_an_attack(gazetteer):
    # "Masked rioters hurled grenades at shops."
    found = analysed(gazetteer, """
        Masked   masked   ADJ   JJ  1 amod
        rioters  rioter   NOUN  NNS 2 nsubj
        hurled   hurl     VERB  VBD 2 ROOT
        grenades grenade  NOUN  NNS 2 dobj
        at       at       ADP   IN  2 prep
        shops    shop     NOUN  NNS 4 pobj
        .        .        PUNCT .   2 punct
    """)
    assert [e.trigger for e in found.events if e.type == "ASSAULT"] == ["hurled"]


def test_an_office_holder_condemning_is_a_statement_claimed_by_them(gazetteer):
    # "Chilean President Elena Brandt condemned the looting." -- a statement of her own
    found = analysed(gazetteer, """
        Chilean    Chilean    ADJ   JJ  3 amod     NORP
        President  President  PROPN NNP 3 compound
        Elena      Elena      PROPN NNP 3 compound PERSON
        Brandt     Brandt     PROPN NNP 4 nsubj    +
        condemned  condemn    VERB  VBD 4 ROOT
        the        the        DET   DT  6 det
        looting    looting    NOUN  NN  4 dobj
        .          .          PUNCT .   4 punct
    """)
    accused = [e for e in found.events if e.type == "ACCUSE"]
    assert len(accused) == 1 and found.entities[accused[0].subject].name == "Elena Brandt"
    assert accused[0].source is not None and accused[0].source.entity == accused[0].subject
    assert accused[0].certainty == "reported"


def test_a_private_person_condemning_a_thing_is_no_event(gazetteer):
    found = analysed(gazetteer, """
        Elena      Elena      PROPN NNP 1 compound PERSON
        Brandt     Brandt     PROPN NNP 2 nsubj    +
        condemned  condemn    VERB  VBD 2 ROOT
        the        the        DET   DT  4 det
        looting    looting    NOUN  NN  2 dobj
        .          .          PUNCT .   2 punct
    """)
    assert not [e for e in found.events if e.type == "ACCUSE"]


def test_a_preposition_that_introduces_a_clause_keeps_the_verb_phrase(gazetteer):
    # "Egypt called for the blockade to end."
    found = analysed(gazetteer, """
        Egypt     Egypt     PROPN NNP 1 nsubj ORG
        called    call      VERB  VBD 1 ROOT
        for       for       SCONJ IN  6 mark
        the       the       DET   DT  4 det
        blockade  blockade  NOUN  NN  6 nsubj
        to        to        PART  TO  6 aux
        end       end       VERB  VB  1 advcl
        .         .         PUNCT .   1 punct
    """)
    assert [e.subject for e in found.events if e.type == "REQUEST"] == [key(gazetteer, "Egypt")]


def test_a_participle_carries_the_object_of_a_nominal_event(gazetteer):
    # "Egypt criticised the sanctions imposed on Qatar."
    found = analysed(gazetteer, """
        Egypt      Egypt      PROPN NNP 1 nsubj ORG
        criticised criticise  VERB  VBD 1 ROOT
        the        the        DET   DT  3 det
        sanctions  sanction   NOUN  NNS 1 dobj
        imposed    impose     VERB  VBN 3 acl
        on         on         ADP   IN  4 prep
        Qatar      Qatar      PROPN NNP 5 pobj GPE
        .          .          PUNCT .   1 punct
    """)
    assert [e.object for e in found.events if e.trigger == "sanctions"] == [key(gazetteer, "Qatar")]


def test_the_subject_of_a_passive_receives_the_event_it_is_presented_with(gazetteer):
    # "Qatar was presented with a demand by Egypt."
    found = analysed(gazetteer, """
        Qatar      Qatar      PROPN NNP 2 nsubjpass GPE
        was        be         AUX   VBD 2 auxpass
        presented  present    VERB  VBN 2 ROOT
        with       with       ADP   IN  2 prep
        a          a          DET   DT  5 det
        demand     demand     NOUN  NN  3 pobj
        by         by         ADP   IN  5 prep
        Egypt      Egypt      PROPN NNP 6 pobj GPE
        .          .          PUNCT .   2 punct
    """)
    threats = [e for e in found.events if e.trigger == "demand"]
    assert [(e.subject, e.object) for e in threats] == [(key(gazetteer, "Egypt"), key(gazetteer, "Qatar"))]


def test_one_charged_with_a_crime_is_not_its_victim():
    from newsgraph.extract.arguments import ACCUSING
    from newsgraph.extract.clause_links import passive_recipient
    doc = build("""
        Omar     Omar     PROPN NNP 2 nsubjpass PERSON
        was      be       AUX   VBD 2 auxpass
        charged  charge   VERB  VBN 2 ROOT
        with     with     ADP   IN  2 prep
        murder   murder   NOUN  NN  3 pobj
    """)
    assert passive_recipient(doc[4], None, ACCUSING) == (None, None)


def test_a_plural_role_in_a_copula_is_an_affiliation(gazetteer):
    # "Two brothers are members of Hezbollah." / "Ali Reza became a member of Hezbollah."
    found = analysed(gazetteer, """
        Ali        Ali        PROPN NNP 1 compound PERSON
        Reza       Reza       PROPN NNP 5 nsubj    +
        and        and        CCONJ CC  1 cc
        Sami       Sami       PROPN NNP 4 compound PERSON
        Haddad     Haddad     PROPN NNP 1 conj     +
        are        be         AUX   VBP 5 ROOT
        members    member     NOUN  NNS 5 attr
        of         of         ADP   IN  6 prep
        Hezbollah  Hezbollah  PROPN NNP 7 pobj     ORG
        .          .          PUNCT .   5 punct
    """)
    assert {o for _, o in named_sides(found, "AFFILIATION")} == {found.entities[key(gazetteer, "Hezbollah")].name}


def test_a_dated_and_placed_nominal_event_stands_without_a_side(gazetteer):
    # "Residents mourned after Friday's bombing in Kabul." / without the date: no event
    dated = """
        Residents  resident  NOUN  NNS 1 nsubj
        mourned    mourn     VERB  VBD 1 ROOT
        after      after     ADP   IN  1 prep
        Friday     Friday    PROPN NNP 5 poss  DATE
        's         's        PART  POS 3 case
        bombing    bombing   NOUN  NN  2 pobj
        in         in        ADP   IN  5 prep
        Kabul      Kabul     PROPN NNP 6 pobj  GPE
        .          .         PUNCT .   1 punct
    """
    undated = """
        Residents  resident  NOUN  NNS 1 nsubj
        mourned    mourn     VERB  VBD 1 ROOT
        after      after     ADP   IN  1 prep
        the        the       DET   DT  4 det
        bombing    bombing   NOUN  NN  2 pobj
        in         in        ADP   IN  4 prep
        Kabul      Kabul     PROPN NNP 5 pobj  GPE
        .          .         PUNCT .   1 punct
    """
    assert [e.trigger for e in analysed(gazetteer, dated).events if e.type == "ASSAULT"] == ["bombing"]
    assert not [e for e in analysed(gazetteer, undated).events if e.type == "ASSAULT"]


def test_a_passive_infinitive_acts_on_the_subject_it_shares(gazetteer):
    # "Tomas Berger is likely to be arrested." -- the arrest would be done to him, not by him
    found = analysed(gazetteer, """
        Tomas     Tomas     PROPN NNP 1 compound PERSON
        Berger    Berger    PROPN NNP 2 nsubj    +
        is        be        AUX   VBZ 2 ROOT
        likely    likely    ADJ   JJ  2 acomp
        to        to        PART  TO  6 aux
        be        be        AUX   VB  6 auxpass
        arrested  arrest    VERB  VBN 3 xcomp
        .         .         PUNCT .   2 punct
    """)
    assert named_sides(found, "COERCE") == {(None, "Tomas Berger")}


def test_a_passive_infinitive_of_people_of_a_kind_makes_them_the_undergoers(analyse_text):
    found = analyse_text("Tenants who withhold rent are unlikely to be evicted, the new rules say.")
    names = found.entities
    sides = {(names[e.subject].name if e.subject else None, names[e.object].name if e.object else None)
             for e in found.events}
    assert (None, "tenants") in sides and not any(s is not None and "tenants" in s.lower() for s, _ in sides), sides


def test_a_thing_to_be_lifted_keeps_the_passive_reading_of_its_owner(analyse_text):
    found = analyse_text("The EU embargo on arms exports to China is likely to be lifted next year.")
    names = found.entities
    assert any(e.type == "CONCEDE" and e.subject and names[e.subject].name == "European Union"
               for e in found.events), [(e.type, e.subject, e.object) for e in found.events]


def test_facing_trial_on_charges_brought_by_someone_is_their_accusation(analyse_text):
    """"faces trial on charges brought by X": the one tried is the one X charges (extract/clause_links.py
    undergone_nouns), not a charge with no one charged beside a trial with no accuser."""
    analysis = analyse_text("Ms Arden faces trial on charges brought by the Crown Prosecution Service.")
    assert ("Crown Prosecution Service", "Arden") in named_sides(analysis, "ACCUSE")


def test_a_second_thing_faced_is_faced_too(analyse_text):
    """"is facing lawsuits and a probe by the regulator": the conjunct is undergone as the first object is."""
    analysis = analyse_text("Northwind Airways is facing customer lawsuits and an inquiry by the Civil Aviation "
                            "Authority.")
    assert ("Civil Aviation Authority", "Northwind Airways") in named_sides(analysis, "ACCUSE")


def test_a_charge_filed_by_someone_and_faced_by_two_names_both(analyse_text):
    """"X and Y face a lawsuit filed by Z": the participle's agent accuses each one who faces it."""
    sides = named_sides(analyse_text("Peter Malloy and Susan Reid face a lawsuit filed by the Serious Fraud "
                                     "Office."), "ACCUSE")
    assert {("Serious Fraud Office", "Peter Malloy"), ("Serious Fraud Office", "Susan Reid")} <= sides, sides
