"""Sides of an event noun named by the clause around it (extract/outside_sides.py): the holder of a
role the event gives ("X was the target of a series of raids by Y"), who takes part in an event named
after "in" ("Hamas is in talks with Egypt", "took part in talks"), and who only brokered an event
("an Egypt-brokered truce"). Sentences are our own; parses are written out by hand."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import named_sides


def test_the_target_of_a_series_of_raids_is_their_object_and_the_by_phrase_on_series_their_doer(gazetteer):
    # "Gazprom was the target of a series of raids by Russian police."
    found = analyse_doc(build("""
        Gazprom Gazprom PROPN NNP   1 nsubj     ORG
        was     be      AUX   VBD   1 ROOT
        the     the     DET   DT    3 det
        target  target  NOUN  NN    1 attr
        of      of      ADP   IN    3 prep
        a       a       DET   DT    6 det
        series  series  NOUN  NN    4 pobj
        of      of      ADP   IN    6 prep
        raids   raid    NOUN  NNS   7 pobj
        by      by      ADP   IN    6 prep
        Russian russian ADJ   JJ   11 amod      NORP
        police  police  NOUN  NNS   9 pobj
        .       .       PUNCT .     1 punct
    """), gazetteer)
    raids = [e for e in found.events if e.type == "COERCE"]
    assert len(raids) == 1
    assert found.entities[raids[0].object].name == "Gazprom"
    assert "police" in found.entities[raids[0].subject].name.lower()


def test_the_subject_of_talks_is_what_they_are_about_not_a_party(gazetteer):
    # "Hamas was the subject of talks between Egypt and Israel."
    found = analyse_doc(build("""
        Hamas   Hamas   PROPN NNP   1 nsubj     ORG
        was     be      AUX   VBD   1 ROOT
        the     the     DET   DT    3 det
        subject subject NOUN  NN    1 attr
        of      of      ADP   IN    3 prep
        talks   talk    NOUN  NNS   4 pobj
        between between ADP   IN    5 prep
        Egypt   Egypt   PROPN NNP   6 pobj      GPE
        and     and     CCONJ CC    7 cc
        Israel  Israel  PROPN NNP   7 conj      GPE
        .       .       PUNCT .     1 punct
    """), gazetteer)
    assert named_sides(found, "CONSULT") == {("Egypt", "Israel")}


def test_being_in_talks_with_someone_makes_the_subject_a_party(gazetteer):
    # "Hamas is in talks with Egypt over a ceasefire."
    found = analyse_doc(build("""
        Hamas     Hamas     PROPN NNP   1 nsubj     ORG
        is        be        AUX   VBZ   1 ROOT
        in        in        ADP   IN    1 prep
        talks     talk      NOUN  NNS   2 pobj
        with      with      ADP   IN    3 prep
        Egypt     Egypt     PROPN NNP   4 pobj      GPE
        over      over      ADP   IN    3 prep
        a         a         DET   DT    8 det
        ceasefire ceasefire NOUN  NN    6 pobj
        .         .         PUNCT .     1 punct
    """), gazetteer)
    assert named_sides(found, "CONSULT") == {("Hamas", "Egypt")}


def test_taking_part_in_talks_makes_the_subject_a_party(gazetteer):
    # "Iran took part in talks with the European Union."
    found = analyse_doc(build("""
        Iran     Iran     PROPN NNP   1 nsubj     GPE
        took     take     VERB  VBD   1 ROOT
        part     part     NOUN  NN    1 dobj
        in       in       ADP   IN    1 prep
        talks    talk     NOUN  NNS   3 pobj
        with     with     ADP   IN    4 prep
        the      the      DET   DT    8 det
        European European PROPN NNP   8 compound  ORG
        Union    Union    PROPN NNP   5 pobj      +
        .        .        PUNCT .     1 punct
    """), gazetteer)
    assert named_sides(found, "CONSULT") == {("Iran", "European Union")}


def test_being_in_a_one_sided_event_does_not_make_the_subject_its_doer(gazetteer):
    # "Reporters were in the raid on the camp." (present at it, not raiding)
    found = analyse_doc(build("""
        Reporters reporter NOUN NNS   1 nsubj
        were      be       AUX  VBD   1 ROOT
        in        in       ADP  IN    1 prep
        the       the      DET  DT    4 det
        raid      raid     NOUN NN    2 pobj
        on        on       ADP  IN    4 prep
        the       the      DET  DT    7 det
        camp      camp     NOUN NN    5 pobj
        .         .        PUNCT .    1 punct
    """), gazetteer)
    assert not any(e.subject for e in found.events)


def test_who_brokered_a_truce_is_not_one_of_its_sides(gazetteer):
    # "An Egypt-brokered truce took effect on Friday."
    found = analyse_doc(build("""
        An       an       DET   DT    4 det
        Egypt    Egypt    PROPN NNP   3 npadvmod  GPE
        -        -        PUNCT HYPH  3 punct
        brokered broker   VERB  VBN   4 amod
        truce    truce    NOUN  NN    5 nsubj
        took     take     VERB  VBD   5 ROOT
        effect   effect   NOUN  NN    5 dobj
        on       on       ADP   IN    5 prep
        Friday   Friday   PROPN NNP   7 pobj      DATE
        .        .        PUNCT .     5 punct
    """, no_space_before=(".", ",", "-", "brokered")), gazetteer)
    egypt = gazetteer.lookup("Egypt").key
    assert not any(egypt in (e.subject, e.object) for e in found.events)


def test_who_led_strikes_did_them(gazetteer):
    # "Saudi-led strikes hit the port."
    found = analyse_doc(build("""
        Saudi   Saudi   PROPN NNP   2 npadvmod  NORP
        -       -       PUNCT HYPH  2 punct
        led     lead    VERB  VBN   3 amod
        strikes strike  NOUN  NNS   4 nsubj
        hit     hit     VERB  VBD   4 ROOT
        the     the     DET   DT    6 det
        port    port    NOUN  NN    4 dobj
        .       .       PUNCT .     4 punct
    """, no_space_before=(".", ",", "-", "led")), gazetteer)
    assert any(e.type == "ASSAULT" and e.subject and "saudi" in found.entities[e.subject].name.lower()
               for e in found.events)


def test_a_possessor_of_opponents_or_competitors_is_not_their_side(events_named):
    for text, owner in (("Mugabe's opponents accused the electoral commission of fraud.", "Mugabe"),
                        ("Microsoft's competitors accused the European Commission of favouritism.", "Microsoft"),
                        ("Israel's enemies attacked the embassy in Buenos Aires.", "Israel"),
                        ("Putin's foes accused the Kremlin of poisoning Navalny.", "Putin"),
                        ("Netanyahu's adversaries accused the attorney general of bias.", "Netanyahu"),
                        ("Blair's detractors accused the BBC of bias.", "Blair")):
        found = events_named(text)
        assert not any(row[1] and owner in row[1] for row in found), (text, found)


def test_who_arrests_people_in_a_crackdown_carries_out_the_crackdown(gazetteer):
    # "Kenyan police arrested twenty people in a crackdown on protesters."
    found = analyse_doc(build("""
        Kenyan     kenyan     ADJ   JJ    1 amod      NORP
        police     police     NOUN  NNS   2 nsubj
        arrested   arrest     VERB  VBD   2 ROOT
        twenty     twenty     NUM   CD    4 nummod    CARDINAL
        people     people     NOUN  NNS   2 dobj
        in         in         ADP   IN    2 prep
        a          a          DET   DT    7 det
        crackdown  crackdown  NOUN  NN    5 pobj
        on         on         ADP   IN    7 prep
        protesters protester  NOUN  NNS   8 pobj
        .          .          PUNCT .     2 punct
    """), gazetteer)
    crackdowns = [e for e in found.events if e.trigger == "crackdown"]
    assert len(crackdowns) == 1 and crackdowns[0].subject is not None
    assert "police" in found.entities[crackdowns[0].subject].name.lower()


def test_who_arrests_people_at_a_protest_does_not_protest(gazetteer):
    # "Kenyan police arrested ten people in a protest against the government."
    found = analyse_doc(build("""
        Kenyan     kenyan     ADJ   JJ    1 amod      NORP
        police     police     NOUN  NNS   2 nsubj
        arrested   arrest     VERB  VBD   2 ROOT
        ten        ten        NUM   CD    4 nummod    CARDINAL
        people     people     NOUN  NNS   2 dobj
        in         in         ADP   IN    2 prep
        a          a          DET   DT    7 det
        protest    protest    NOUN  NN    5 pobj
        against    against    ADP   IN    7 prep
        the        the        DET   DT   10 det
        government government NOUN  NN    8 pobj
        .          .          PUNCT .     2 punct
    """), gazetteer)
    assert not any(e.type == "PROTEST" and e.subject is not None
                   and "police" in found.entities[e.subject].name.lower() for e in found.events)


def test_who_ordered_an_arrest_is_its_doer(gazetteer):
    # "Putin ordered the arrest of Navalny."
    found = analyse_doc(build("""
        Putin   Putin   PROPN NNP   1 nsubj     PERSON
        ordered order   VERB  VBD   1 ROOT
        the     the     DET   DT    3 det
        arrest  arrest  NOUN  NN    1 dobj
        of      of      ADP   IN    3 prep
        Navalny Navalny PROPN NNP   4 pobj      PERSON
        .       .       PUNCT .     1 punct
    """), gazetteer)
    arrests = [e for e in found.events if e.type == "COERCE"]
    assert len(arrests) == 1
    assert "Putin" in found.entities[arrests[0].subject].name and "Navalny" in found.entities[arrests[0].object].name


def test_a_bodys_national_branch_is_the_body_not_the_country(events_named):
    # the NER splits the body's name from the place heading it ("Amnesty International" + "UK")
    for text, body, place in (
            ("Amnesty International UK criticised the Home Office over the deportations.", "Amnesty", "United Kingdom"),
            ("Human Rights Watch Asia accused the government of torture.", "Human Rights Watch", "Asia")):
        subjects = {row[1] for row in events_named(text) if row[0] == "ACCUSE"}
        assert subjects and all(s and body in s and place not in s for s in subjects), (text, subjects)


def test_a_town_before_a_plural_of_bodies_says_where_they_are(gazetteer):
    # "Leeds hospitals criticised the health secretary over the cuts."
    found = analyse_doc(build("""
        Leeds     Leeds     PROPN NNP   1 compound  GPE
        hospitals hospital  NOUN  NNS   2 nsubj
        criticised criticise VERB VBD   2 ROOT
        the       the       DET   DT    5 det
        health    health    NOUN  NN    5 compound
        secretary secretary NOUN  NN    2 dobj
        over      over      ADP   IN    2 prep
        the       the       DET   DT    8 det
        cuts      cut       NOUN  NNS   6 pobj
        .         .         PUNCT .     2 punct
    """), gazetteer)
    assert not any(e.subject and found.entities[e.subject].name == "Leeds" for e in found.events)


def test_who_is_to_be_acted_on_in_a_demand_is_not_the_one_asked(gazetteer):
    # "Israel demanded that Hamas be disarmed."
    found = analyse_doc(build("""
        Israel   Israel   PROPN NNP   1 nsubj     GPE
        demanded demand   VERB  VBD   1 ROOT
        that     that     SCONJ IN    5 mark
        Hamas    Hamas    PROPN NNP   5 nsubjpass ORG
        be       be       AUX   VB    5 auxpass
        disarmed disarm   VERB  VBN   1 ccomp
        .        .        PUNCT .     1 punct
    """), gazetteer)
    hamas = gazetteer.lookup("Hamas").key
    assert not any(e.type == "REQUEST" and e.object == hamas for e in found.events)


def test_a_report_calling_on_someone_to_act_is_not_named_after_them(gazetteer):
    # "The coalition published a report calling on Obama to act."
    found = analyse_doc(build("""
        The       the       DET   DT    1 det
        coalition coalition NOUN  NN    2 nsubj
        published publish   VERB  VBD   2 ROOT
        a         a         DET   DT    4 det
        report    report    NOUN  NN    2 dobj
        calling   call      VERB  VBG   4 acl
        on        on        ADP   IN    5 prep
        Obama     Obama     PROPN NNP   6 pobj      PERSON
        to        to        PART  TO    9 aux
        act       act       VERB  VB    5 xcomp
        .         .         PUNCT .     2 punct
    """), gazetteer)
    assert not any(e.subject and "Obama" in found.entities[e.subject].name for e in found.events)


def test_a_name_set_off_after_a_description_is_the_person_described(gazetteer):
    # "Police are hunting a man who shot a teenager, Gary Jones, on Friday." (the name hung on the root)
    found = analyse_doc(build("""
        Police   police   NOUN  NNS   2 nsubj
        are      be       AUX   VBP   2 aux
        hunting  hunt     VERB  VBG   2 ROOT
        a        a        DET   DT    4 det
        man      man      NOUN  NN    2 dobj
        who      who      PRON  WP    6 nsubj
        shot     shoot    VERB  VBD   4 relcl
        a        a        DET   DT    8 det
        teenager teenager NOUN  NN    6 dobj
        ,        ,        PUNCT ,     2 punct
        Gary     Gary     PROPN NNP  11 compound  PERSON
        Jones    Jones    PROPN NNP   2 npadvmod  +
        ,        ,        PUNCT ,     2 punct
        on       on       ADP   IN    2 prep
        Friday   Friday   PROPN NNP  13 pobj      DATE
        .        .        PUNCT .     2 punct
    """), gazetteer)
    shots = [e for e in found.events if e.type == "ASSAULT"]
    assert len(shots) == 1 and found.entities[shots[0].object].name == "Gary Jones"
    assert shots[0].subject is None or found.entities[shots[0].subject].name != "Gary Jones"


def test_a_name_that_goes_on_to_speak_is_not_the_person_described(gazetteer):
    # "Police arrested a lawyer, John Smith said."
    found = analyse_doc(build("""
        Police   police   NOUN  NNS   1 nsubj
        arrested arrest   VERB  VBD   7 ccomp
        a        a        DET   DT    3 det
        lawyer   lawyer   NOUN  NN    1 dobj
        ,        ,        PUNCT ,     7 punct
        John     John     PROPN NNP   6 compound  PERSON
        Smith    Smith    PROPN NNP   7 nsubj     +
        said     say      VERB  VBD   7 ROOT
        .        .        PUNCT .     7 punct
    """), gazetteer)
    assert not any(e.object and found.entities[e.object].name == "John Smith" for e in found.events)


def test_whom_a_seizure_takes_things_from_is_its_object(gazetteer):
    # "Italian police seized weapons from the Camorra."
    found = analyse_doc(build("""
        Italian italian ADJ   JJ    1 amod      NORP
        police  police  NOUN  NNS   2 nsubj
        seized  seize   VERB  VBD   2 ROOT
        weapons weapon  NOUN  NNS   2 dobj
        from    from    ADP   IN    2 prep
        the     the     DET   DT    6 det
        Camorra Camorra PROPN NNP   4 pobj      ORG
        .       .       PUNCT .     2 punct
    """), gazetteer)
    seizures = [e for e in found.events if e.type == "COERCE"]
    assert len(seizures) == 1 and found.entities[seizures[0].object].name == "Camorra"


def test_a_place_things_are_seized_from_is_no_side(gazetteer):
    # "Police seized drugs from a warehouse in Lagos."
    found = analyse_doc(build("""
        Police    police    NOUN  NNS   1 nsubj
        seized    seize     VERB  VBD   1 ROOT
        drugs     drug      NOUN  NNS   1 dobj
        from      from      ADP   IN    1 prep
        a         a         DET   DT    5 det
        warehouse warehouse NOUN  NN    3 pobj
        in        in        ADP   IN    5 prep
        Lagos     Lagos     PROPN NNP   6 pobj      GPE
        .         .         PUNCT .     1 punct
    """), gazetteer)
    assert not any(e.object for e in found.events if e.type == "COERCE")


def test_a_barrage_of_questions_is_no_attack_by_the_questioners(gazetteer):
    # "MPs bombarded the minister with a barrage of questions."
    found = analyse_doc(build("""
        MPs       mp        NOUN  NNS   1 nsubj
        bombarded bombard   VERB  VBD   1 ROOT
        the       the       DET   DT    3 det
        minister  minister  NOUN  NN    1 dobj
        with      with      ADP   IN    1 prep
        a         a         DET   DT    6 det
        barrage   barrage   NOUN  NN    4 pobj
        of        of        ADP   IN    6 prep
        questions question  NOUN  NNS   7 pobj
        .         .         PUNCT .     1 punct
    """), gazetteer)
    assert "ASSAULT" not in {e.type for e in found.events}


def test_a_name_set_off_after_an_age_is_the_person_described(events_named):
    # "a teenager, 17-year-old Gary Jones,": the age before the name, the name read as a second object
    events = events_named("Police shot a teenager, 17-year-old Gary Jones, outside a shop in Leeds.")
    assert {o for t, _, o in events if t == "ASSAULT"} == {"Gary Jones"}


def test_an_age_and_name_that_go_on_to_speak_are_not_the_person_described(events_named):
    events = events_named("Police arrested a lawyer, 40-year-old Tom Hale said on Friday.")
    assert not any(o == "Tom Hale" for _, _, o in events)
