"""Custody stated as a state ("is under arrest", "remains in Israeli custody", "police have X in
custody": extract/custody.py), releases from custody with the holder unnamed ("was released on bail")
and one unnamed armed person's surrender ("the gunman surrendered": extract/keep.py), on hand-built
parses of sentences written for these tests."""
from __future__ import annotations

from handbuilt import analyse_doc, build
from named_events import event_types, named_sides


def test_remaining_in_a_states_custody_is_its_coerce(gazetteer):
    # "Two Palestinian journalists remain in Israeli custody."
    found = analyse_doc(build("""
        Two         two         NUM   CD    2 nummod    CARDINAL
        Palestinian palestinian ADJ   JJ    2 amod      NORP
        journalists journalist  NOUN  NNS   3 nsubj
        remain      remain      VERB  VBP   3 ROOT
        in          in          ADP   IN    3 prep
        Israeli     israeli     ADJ   JJ    6 amod      NORP
        custody     custody     NOUN  NN    4 pobj
        .           .           PUNCT .     3 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {("Israel", "journalists (Palestine)")}


def test_being_under_house_arrest_is_coerce_with_the_holder_unnamed(gazetteer):
    # "The opposition leader Ousmane Sonko is under house arrest in Dakar."
    found = analyse_doc(build("""
        The        the        DET   DT    4 det
        opposition opposition NOUN  NN    2 compound
        leader     leader     NOUN  NN    4 compound
        Ousmane    Ousmane    PROPN NNP   4 compound  PERSON
        Sonko      Sonko      PROPN NNP   5 nsubj     +
        is         be         AUX   VBZ   5 ROOT
        under      under      ADP   IN    5 prep
        house      house      NOUN  NN    8 compound
        arrest     arrest     NOUN  NN    6 pobj
        in         in         ADP   IN    8 prep
        Dakar      Dakar      PROPN NNP   9 pobj      GPE
        .          .          PUNCT .     5 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {(None, "Ousmane Sonko")}


def test_being_behind_bars_is_coerce(gazetteer):
    # "The Russian journalist Ivan Safronov is still behind bars."
    found = analyse_doc(build("""
        The        the        DET   DT    2 det
        Russian    russian    ADJ   JJ    2 amod      NORP
        journalist journalist NOUN  NN    5 nsubj
        Ivan       Ivan       PROPN NNP   4 compound  PERSON
        Safronov   Safronov   PROPN NNP   2 appos     +
        is         be         AUX   VBZ   5 ROOT
        still      still      ADV   RB    5 advmod
        behind     behind     ADP   IN    5 prep
        bars       bar        NOUN  NNS   7 pobj
        .          .          PUNCT .     5 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {(None, "Ivan Safronov")}


def test_police_having_people_in_custody_hold_them(gazetteer):
    # "Moroccan police have the smugglers in custody."
    found = analyse_doc(build("""
        Moroccan  moroccan ADJ   JJ    1 amod      NORP
        police    police   NOUN  NNS   2 nsubj
        have      have     VERB  VBP   2 ROOT
        the       the      DET   DT    4 det
        smugglers smuggler NOUN  NNS   2 dobj
        in        in       ADP   IN    2 prep
        custody   custody  NOUN  NN    5 pobj
        .         .        PUNCT .     2 punct
    """), gazetteer)
    assert [(s, o) for s, o in named_sides(found, "COERCE")] == [("Moroccan police", "smugglers")]


def test_ordered_to_remain_in_custody_holds_those_ordered_not_the_magistrate(gazetteer):
    # "Two officers were ordered to remain in custody by an Athens magistrate."
    found = analyse_doc(build("""
        Two        two        NUM   CD    1 nummod    CARDINAL
        officers   officer    NOUN  NNS   3 nsubjpass
        were       be         AUX   VBD   3 auxpass
        ordered    order      VERB  VBN   3 ROOT
        to         to         PART  TO    5 aux
        remain     remain     VERB  VB    3 xcomp
        in         in         ADP   IN    5 prep
        custody    custody    NOUN  NN    6 pobj
        by         by         ADP   IN    5 prep
        an         an         DET   DT   11 det
        Athens     Athens     PROPN NNP  11 compound  GPE
        magistrate magistrate NOUN  NN    8 pobj
        .          .          PUNCT .     3 punct
    """), gazetteer)
    coerced = [e for e in found.events if e.type == "COERCE"]
    # the magistrate who ordered it keeps them there (custody.kept_by): the holder, never the held
    assert len(coerced) == 1 and "magistrate" in coerced[0].subject_text and "officers" in coerced[0].object_text


def test_custody_of_a_relative_is_family_law(gazetteer):
    # "The twins are in the custody of their grandmother."
    found = analyse_doc(build("""
        The         the         DET   DT    1 det
        twins       twin        NOUN  NNS   2 nsubj
        are         be          AUX   VBP   2 ROOT
        in          in          ADP   IN    2 prep
        the         the         DET   DT    5 det
        custody     custody     NOUN  NN    3 pobj
        of          of          ADP   IN    5 prep
        their       their       PRON  PRP$  8 poss
        grandmother grandmother NOUN  NN    6 pobj
        .           .           PUNCT .     2 punct
    """), gazetteer)
    assert "COERCE" not in event_types(found)


def test_custody_only_supposed_is_no_event(gazetteer):
    # "If the suspect is in custody, police will say so."
    found = analyse_doc(build("""
        If      if      SCONJ IN    3 mark
        the     the     DET   DT    2 det
        suspect suspect NOUN  NN    3 nsubj
        is      be      AUX   VBZ   9 advcl
        in      in      ADP   IN    3 prep
        custody custody NOUN  NN    4 pobj
        ,       ,       PUNCT ,     9 punct
        police  police  NOUN  NNS   9 nsubj
        will    will    AUX   MD    9 aux
        say     say     VERB  VB    9 ROOT
        so      so      ADV   RB    9 advmod
        .       .       PUNCT .     9 punct
    """), gazetteer)
    assert "COERCE" not in event_types(found)


def test_protective_custody_is_coerce_all_the_same(gazetteer):
    # PLOVER codes the act (the state takes someone into its hands), not its motive
    # "Police took the boy into protective custody."
    found = analyse_doc(build("""
        Police     Police     NOUN  NNS   1 nsubj
        took       take       VERB  VBD   1 ROOT
        the        the        DET   DT    3 det
        boy        boy        NOUN  NN    1 dobj
        into       into       ADP   IN    1 prep
        protective protective ADJ   JJ    6 amod
        custody    custody    NOUN  NN    4 pobj
        .          .          PUNCT .     1 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {("police", "boy")}


def test_released_on_bail_is_a_release_with_the_holder_unnamed(gazetteer):
    # "The singer Chris Brown was released on bail."
    found = analyse_doc(build("""
        The      the     DET   DT    1 det
        singer   singer  NOUN  NN    5 nsubjpass
        Chris    Chris   PROPN NNP   3 compound  PERSON
        Brown    Brown   PROPN NNP   1 appos     +
        was      be      AUX   VBD   5 auxpass
        released release VERB  VBN   5 ROOT
        on       on      ADP   IN    5 prep
        bail     bail    NOUN  NN    6 pobj
        .        .       PUNCT .     5 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == {(None, "Chris Brown")}


def test_released_from_hospital_is_no_release_from_custody(gazetteer):
    # "The striker Marcus Rashford was released from hospital."
    found = analyse_doc(build("""
        The      the      DET   DT    1 det
        striker  striker  NOUN  NN    5 nsubjpass
        Marcus   Marcus   PROPN NNP   3 compound  PERSON
        Rashford Rashford PROPN NNP   1 appos     +
        was      be       AUX   VBD   5 auxpass
        released release  VERB  VBN   5 ROOT
        from     from     ADP   IN    5 prep
        hospital hospital NOUN  NN    6 pobj
        .        .        PUNCT .     5 punct
    """), gazetteer)
    assert "RETREAT" not in event_types(found)


def test_hostages_freed_are_released_by_someone_unnamed(gazetteer):
    # "Three Thai hostages were freed on Friday."
    found = analyse_doc(build("""
        Three    three   NUM   CD    1 compound  CARDINAL
        Thai     Thai    PROPN NNP   2 compound  NORP
        hostages hostage NOUN  NNS   4 nsubjpass
        were     be      AUX   VBD   4 auxpass
        freed    free    VERB  VBN   4 ROOT
        on       on      ADP   IN    4 prep
        Friday   Friday  PROPN NNP   5 pobj      DATE
        .        .       PUNCT .     4 punct
    """), gazetteer)
    released = [e for e in found.events if e.type == "RETREAT"]
    assert len(released) == 1 and released[0].subject is None and "hostages" in released[0].object_text


def test_an_unnamed_gunman_surrendering_retreats(gazetteer):
    # "The gunman surrendered after a six-hour standoff."
    found = analyse_doc(build("""
        The         the       DET   DT    1 det
        gunman      gunman    NOUN  NN    2 nsubj
        surrendered surrender VERB  VBD   2 ROOT
        after       after     ADP   IN    2 prep
        a           a         DET   DT    8 det
        six         six       NUM   CD    7 nummod    TIME
        -           -         PUNCT HYPH  7 punct     +
        hour        hour      NOUN  NN    8 compound  +
        standoff    standoff  NOUN  NN    3 pobj
        .           .         PUNCT .     2 punct
    """), gazetteer)
    retreats = [e for e in found.events if e.type == "RETREAT"]
    assert len(retreats) == 1 and retreats[0].subject_text.endswith("gunman") and retreats[0].object is None


def test_surrendering_a_thing_is_no_retreat(gazetteer):
    # "The suspect surrendered his passport."
    found = analyse_doc(build("""
        The         the       DET   DT    1 det
        suspect     suspect   NOUN  NN    2 nsubj
        surrendered surrender VERB  VBD   2 ROOT
        his         his       PRON  PRP$  4 poss
        passport    passport  NOUN  NN    2 dobj
        .           .         PUNCT .     2 punct
    """), gazetteer)
    assert "RETREAT" not in event_types(found)


def test_a_release_appealed_for_is_not_done(gazetteer):
    # "Amnesty appealed for the two prisoners to be freed."
    found = analyse_doc(build("""
        Amnesty   Amnesty  PROPN NNP   1 nsubj     ORG
        appealed  appeal   VERB  VBD   1 ROOT
        for       for      ADP   IN    1 prep
        the       the      DET   DT    5 det
        two       two      NUM   CD    5 nummod    CARDINAL
        prisoners prisoner NOUN  NNS   2 pobj
        to        to       PART  TO    8 aux
        be        be       AUX   VB    8 auxpass
        freed     free     VERB  VBN   5 relcl
        .         .        PUNCT .     1 punct
    """), gazetteer)
    assert "RETREAT" not in event_types(found)


def test_custody_joined_to_a_charge_holds_the_one_charged(gazetteer):
    # "The Greek officer Petros Kallas was charged with manslaughter and will remain in custody."
    found = analyse_doc(build("""
        The          the          DET   DT    2 det
        Greek        greek        ADJ   JJ    2 amod      NORP
        officer      officer      NOUN  NN    6 nsubjpass
        Petros       Petros       PROPN NNP   4 compound  PERSON
        Kallas       Kallas       PROPN NNP   2 appos     +
        was          be           AUX   VBD   6 auxpass
        charged      charge       VERB  VBN   6 ROOT
        with         with         ADP   IN    6 prep
        manslaughter manslaughter NOUN  NN    7 pobj
        and          and          CCONJ CC    6 cc
        will         will         AUX   MD   11 aux
        remain       remain       VERB  VB    6 conj
        in           in           ADP   IN   11 prep
        custody      custody      NOUN  NN   12 pobj
        .            .            PUNCT .     6 punct
    """), gazetteer)
    assert named_sides(found, "COERCE") == {(None, "Petros Kallas")}


def test_a_named_person_surrendering_retreats(gazetteer):
    # "Anthony Rizzo surrendered after a three-hour standoff."
    found = analyse_doc(build("""
        Anthony     Anthony   PROPN NNP   1 compound  PERSON
        Rizzo       Rizzo     PROPN NNP   2 nsubj     +
        surrendered surrender VERB  VBD   2 ROOT
        after       after     ADP   IN    2 prep
        a           a         DET   DT    8 det
        three       three     NUM   CD    7 nummod    TIME
        -           -         PUNCT HYPH  7 punct     +
        hour        hour      NOUN  NN    8 compound  +
        standoff    standoff  NOUN  NN    3 pobj
        .           .         PUNCT .     2 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == {("Anthony Rizzo", None)}


def test_surrendering_to_a_thing_is_no_retreat(gazetteer):
    # "Anthony Rizzo surrendered to temptation."
    found = analyse_doc(build("""
        Anthony     Anthony    PROPN NNP   1 compound  PERSON
        Rizzo       Rizzo      PROPN NNP   2 nsubj     +
        surrendered surrender  VERB  VBD   2 ROOT
        to          to         ADP   IN    2 prep
        temptation  temptation NOUN  NN    3 pobj
        .           .          PUNCT .     2 punct
    """), gazetteer)
    assert "RETREAT" not in event_types(found)


def test_a_surrender_urged_is_not_done(gazetteer):
    # "Negotiators urged the man to surrender."
    found = analyse_doc(build("""
        Negotiators negotiator NOUN  NNS   1 nsubj
        urged       urge       VERB  VBD   1 ROOT
        the         the        DET   DT    3 det
        man         man        NOUN  NN    1 dobj
        to          to         PART  TO    5 aux
        surrender   surrender  VERB  VB    1 xcomp
        .           .          PUNCT .     1 punct
    """), gazetteer)
    assert "RETREAT" not in event_types(found)


def test_booked_and_later_released_on_bail_shares_the_passive(gazetteer):
    # "Lil Wayne was booked into the county jail and later released on bail."
    found = analyse_doc(build("""
        Lil      Lil     PROPN NNP   1 compound  PERSON
        Wayne    Wayne   PROPN NNP   3 nsubjpass +
        was      be      AUX   VBD   3 auxpass
        booked   book    VERB  VBN   3 ROOT
        into     into    ADP   IN    3 prep
        the      the     DET   DT    7 det
        county   county  NOUN  NN    7 compound
        jail     jail    NOUN  NN    4 pobj
        and      and     CCONJ CC    3 cc
        later    later   ADV   RB   10 advmod
        released release VERB  VBN   3 conj
        on       on      ADP   IN   10 prep
        bail     bail    NOUN  NN   11 pobj
        .        .       PUNCT .     3 punct
    """), gazetteer)
    assert named_sides(found, "RETREAT") == {(None, "Lil Wayne")}
