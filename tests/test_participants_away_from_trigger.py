"""Events whose participants sit away from the trigger (extract/clause_links.py, extract/frames.py,
extract/keep.py): undergoers named as the grammatical subject ("came under fire from", "went on
trial", "faces charges of"), charges in a participle after an arrest, "the two sides", talks in a
time adjunct, "an attack by X on Y", on hand-built parses of sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import event_types, named_sides


def test_came_under_fire_from_an_armed_group_is_its_attack(gazetteer):
    # "Nigerian troops came under heavy fire from Boko Haram fighters near Maiduguri."
    found = analyse_doc(build("""
        Nigerian   nigerian   ADJ   JJ    1 amod      NORP
        troops     troop      NOUN  NNS   2 nsubj
        came       come       VERB  VBD   2 ROOT
        under      under      ADP   IN    2 prep
        heavy      heavy      ADJ   JJ    5 amod
        fire       fire       NOUN  NN    3 pobj
        from       from       ADP   IN    2 prep
        Boko       Boko       PROPN NNP   8 compound  ORG
        Haram      Haram      PROPN NNP   9 compound  +
        fighters   fighter    NOUN  NNS   6 pobj
        near       near       ADP   IN    9 prep
        Maiduguri  Maiduguri  PROPN NNP  10 pobj      GPE
        .          .          PUNCT .     2 punct
    """), gazetteer)
    attacks = [e for e in found.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].subject == gazetteer.lookup("Boko Haram").key
    assert "troops" in attacks[0].object_text


def test_met_with_gunfire_is_an_attack_and_no_meeting(gazetteer):
    # "A Red Cross convoy met with gunfire from Houthi rebels outside Taiz."
    found = analyse_doc(build("""
        A        a        DET   DT   3 det
        Red      Red      PROPN NNP  2 compound  ORG
        Cross    Cross    PROPN NNP  3 compound  +
        convoy   convoy   NOUN  NN   4 nsubj
        met      meet     VERB  VBD  4 ROOT
        with     with     ADP   IN   4 prep
        gunfire  gunfire  NOUN  NN   5 pobj
        from     from     ADP   IN   4 prep
        Houthi   Houthi   PROPN NNP  9 compound  NORP
        rebels   rebel    NOUN  NNS  7 pobj
        outside  outside  ADP   IN   4 prep
        Taiz     Taiz     PROPN NNP 10 pobj      GPE
        .        .        PUNCT .    4 punct
    """), gazetteer)
    assert {s for s, _ in named_sides(found, "ASSAULT")} == {"Houthis"}
    assert "CONSULT" not in event_types(found)


def test_came_under_fire_from_lawmakers_is_criticism_not_violence(gazetteer):
    # "The finance minister came under fire from opposition lawmakers."
    found = analyse_doc(build("""
        The         the         DET   DT   2 det
        finance     finance     NOUN  NN   2 compound
        minister    minister    NOUN  NN   3 nsubj
        came        come        VERB  VBD  3 ROOT
        under       under       ADP   IN   3 prep
        fire        fire        NOUN  NN   4 pobj
        from        from        ADP   IN   3 prep
        opposition  opposition  NOUN  NN   8 compound
        lawmakers   lawmaker    NOUN  NNS  6 pobj
        .           .           PUNCT .    3 punct
    """), gazetteer)
    assert "ASSAULT" not in event_types(found)


def test_going_on_trial_is_an_accusation_with_the_court_unnamed(gazetteer):
    # "Former Peruvian president Alejandro Toledo went on trial in Lima for bribery."
    found = analyse_doc(build("""
        Former     former     ADJ   JJ    2 amod
        Peruvian   peruvian   ADJ   JJ    2 amod      NORP
        president  president  NOUN  NN    4 compound
        Alejandro  Alejandro  PROPN NNP   4 compound  PERSON
        Toledo     Toledo     PROPN NNP   5 nsubj     +
        went       go         VERB  VBD   5 ROOT
        on         on         ADP   IN    5 prep
        trial      trial      NOUN  NN    6 pobj
        in         in         ADP   IN    7 prep
        Lima       Lima       PROPN NNP   8 pobj      GPE
        for        for        ADP   IN    5 prep
        bribery    bribery    NOUN  NN   10 pobj
        .          .          PUNCT .     5 punct
    """), gazetteer)
    assert named_sides(found, "ACCUSE") == {(None, "Alejandro Toledo")}


def test_a_co_defendant_alongside_is_tried_too(gazetteer):
    # "Ousmane Sonko stood trial alongside Bassirou Faye in Dakar."
    found = analyse_doc(build("""
        Ousmane    Ousmane    PROPN NNP  1 compound  PERSON
        Sonko      Sonko      PROPN NNP  2 nsubj     +
        stood      stand      VERB  VBD  2 ROOT
        trial      trial      NOUN  NN   2 dobj
        alongside  alongside  ADP   IN   2 prep
        Bassirou   Bassirou   PROPN NNP  6 compound  PERSON
        Faye       Faye       PROPN NNP  4 pobj      +
        in         in         ADP   IN   2 prep
        Dakar      Dakar      PROPN NNP  7 pobj      GPE
        .          .          PUNCT .    2 punct
    """), gazetteer)
    assert named_sides(found, "ACCUSE") == {(None, "Ousmane Sonko"), (None, "Bassirou Faye")}


def test_a_vaccine_on_trial_is_no_accusation(gazetteer):
    # "The new malaria vaccine is on trial in Kenya."
    found = analyse_doc(build("""
        The      the      DET   DT   3 det
        new      new      ADJ   JJ   3 amod
        malaria  malaria  NOUN  NN   3 compound
        vaccine  vaccine  NOUN  NN   4 nsubj
        is       be       AUX   VBZ  4 ROOT
        on       on       ADP   IN   4 prep
        trial    trial    NOUN  NN   5 pobj
        in       in       ADP   IN   4 prep
        Kenya    Kenya    PROPN NNP  7 pobj  GPE
        .        .        PUNCT .    4 punct
    """), gazetteer)
    assert "ACCUSE" not in event_types(found)


def test_a_participle_after_an_arrest_charges_those_arrested(gazetteer):
    # "Ahmed Musa and Ibrahim Bello were detained on Monday, charged with killing a shopkeeper in Lagos."
    found = analyse_doc(build("""
        Ahmed       Ahmed       PROPN NNP   1 compound  PERSON
        Musa        Musa        PROPN NNP   6 nsubjpass +
        and         and         CCONJ CC    1 cc
        Ibrahim     Ibrahim     PROPN NNP   4 compound  PERSON
        Bello       Bello       PROPN NNP   1 conj      +
        were        be          AUX   VBD   6 auxpass
        detained    detain      VERB  VBN   6 ROOT
        on          on          ADP   IN    6 prep
        Monday      Monday      PROPN NNP   7 pobj      DATE
        ,           ,           PUNCT ,     6 punct
        charged     charge      VERB  VBN   6 advcl
        with        with        ADP   IN   10 prep
        killing     kill        VERB  VBG  11 pcomp
        a           a           DET   DT   14 det
        shopkeeper  shopkeeper  NOUN  NN   12 dobj
        in          in          ADP   IN   14 prep
        Lagos       Lagos       PROPN NNP  15 pobj      GPE
        .           .           PUNCT .     6 punct
    """), gazetteer)
    assert named_sides(found, "ACCUSE") == {(None, "Ahmed Musa"), (None, "Ibrahim Bello")}


def test_facing_charges_without_an_accuser_named(gazetteer):
    # "Brazilian senator Flavio Bolsonaro faces charges of money laundering."
    found = analyse_doc(build("""
        Brazilian  brazilian  ADJ   JJ   1 amod      NORP
        senator    senator    NOUN  NN   3 compound
        Flavio     Flavio     PROPN NNP  3 compound  PERSON
        Bolsonaro  Bolsonaro  PROPN NNP  4 nsubj     +
        faces      face       VERB  VBZ  4 ROOT
        charges    charge     NOUN  NNS  4 dobj
        of         of         ADP   IN   5 prep
        money      money      NOUN  NN   8 compound
        laundering laundering NOUN  NN   6 pobj
        .          .          PUNCT .    4 punct
    """), gazetteer)
    assert named_sides(found, "ACCUSE") == {(None, "Flavio Bolsonaro")}


SIDES = """
    {a}       {a}     PROPN NNP  3 nsubj     {label}
    and       and     CCONJ CC   0 cc
    {b}       {b}     PROPN NNP  0 conj      {label}
    met       meet    VERB  VBD  3 ROOT
    in        in      ADP   IN   3 prep
    Brussels  Brussels PROPN NNP 4 pobj      GPE
    .         .       PUNCT .    3 punct
    The       the     DET   DT   9 det
    two       two     NUM   CD   9 nummod    CARDINAL
    sides     side    NOUN  NNS 10 nsubj
    agreed    agree   VERB  VBD 10 ROOT
    to        to      PART  TO  12 aux
    implement implement VERB VB 10 xcomp
    the       the     DET   DT  14 det
    deal      deal    NOUN  NN  12 dobj
    .         .       PUNCT .   10 punct
"""


def test_the_two_sides_are_the_pair_named_before(gazetteer):
    # "Serbia and Kosovo met in Brussels. The two sides agreed to implement the deal."
    found = analyse_doc(build(SIDES.format(a="Serbia", b="Kosovo", label="GPE")), gazetteer)
    assert named_sides(found, "AGREE") & {("Serbia", "Kosovo"), ("Kosovo", "Serbia")}


def test_two_firms_are_sides_of_their_deal(gazetteer):
    # "Airbus and Boeing met in Brussels. The two sides agreed to implement the deal.": firms settling
    # a dispute agree as states do (PLOVER AGREE); the pair is any two parties named together
    found = analyse_doc(build(SIDES.format(a="Airbus", b="Boeing", label="ORG")), gazetteer)
    assert named_sides(found, "AGREE") & {("Airbus", "Boeing"), ("Boeing", "Airbus")}


def test_talks_in_a_time_adjunct_are_held_by_the_clause_subject(gazetteer):
    # "After talks with Cyril Ramaphosa in Pretoria, Olaf Scholz said trade would grow."
    found = analyse_doc(build("""
        After      after      ADP   IN   9 prep
        talks      talk       NOUN  NNS  0 pobj
        with       with       ADP   IN   1 prep
        Cyril      Cyril      PROPN NNP  4 compound  PERSON
        Ramaphosa  Ramaphosa  PROPN NNP  2 pobj      +
        in         in         ADP   IN   1 prep
        Pretoria   Pretoria   PROPN NNP  5 pobj      GPE
        ,          ,          PUNCT ,    9 punct
        Scholz     Scholz     PROPN NNP  9 nsubj     PERSON
        said       say        VERB  VBD  9 ROOT
        trade      trade      NOUN  NN  12 nsubj
        would      would      AUX   MD  12 aux
        grow       grow       VERB  VB   9 ccomp
        .          .          PUNCT .    9 punct
    """), gazetteer)
    consults = named_sides(found, "CONSULT")
    assert any("Scholz" in f"{s}" and "Ramaphosa" in f"{o}" or "Scholz" in f"{o}" and "Ramaphosa" in f"{s}"
               for s, o in consults)


def test_an_attack_by_a_group_keeps_its_target_the_parser_hung_on_the_group(gazetteer):
    # "Police foiled an attack by Taliban fighters on a checkpoint near Kabul."
    found = analyse_doc(build("""
        Police      police      NOUN  NNS  1 nsubj
        foiled      foil        VERB  VBD  1 ROOT
        an          an          DET   DT   3 det
        attack      attack      NOUN  NN   1 dobj
        by          by          ADP   IN   3 prep
        Taliban     Taliban     PROPN NNP  6 compound  ORG
        fighters    fighter     NOUN  NNS  4 pobj
        on          on          ADP   IN   6 prep
        a           a           DET   DT   9 det
        checkpoint  checkpoint  NOUN  NN   7 pobj
        near        near        ADP   IN   9 prep
        Kabul       Kabul       PROPN NNP 10 pobj      GPE
        .           .           PUNCT .    1 punct
    """), gazetteer)
    attacks = [e for e in found.events if e.type == "ASSAULT"]
    assert attacks and attacks[0].subject == gazetteer.lookup("Taliban").key
    assert "checkpoint" in attacks[0].object_text


def test_a_participle_parsed_as_clausal_subject_keeps_its_own_subject(gazetteer):
    # "Indian coastguards patrolling the strait on Friday seized a trawler, arresting nine Sri Lankan fishermen."
    found = analyse_doc(build("""
        Indian       indian      ADJ   JJ   1 amod     NORP
        coastguards  coastguard  NOUN  NNS  2 nsubj
        patrolling   patrol      VERB  VBG  7 csubj
        the          the         DET   DT   4 det
        strait       strait      NOUN  NN   2 dobj
        on           on          ADP   IN   2 prep
        Friday       Friday      PROPN NNP  5 pobj     DATE
        seized       seize       VERB  VBD  7 ROOT
        a            a           DET   DT   9 det
        trawler      trawler     NOUN  NN   7 dobj
        ,            ,           PUNCT ,    7 punct
        arresting    arrest      VERB  VBG  7 advcl
        nine         nine        NUM   CD  15 nummod   CARDINAL
        Sri          Sri         PROPN NNP 14 compound NORP
        Lankan       Lankan      PROPN NNP 15 amod     +
        fishermen    fisherman   NOUN  NNS 11 dobj
        .            .           PUNCT .    7 punct
    """), gazetteer)
    arrests = [e for e in found.events if e.type == "COERCE" and e.trigger == "arresting"]
    assert arrests and arrests[0].subject is not None and "coastguards" in arrests[0].subject_text
