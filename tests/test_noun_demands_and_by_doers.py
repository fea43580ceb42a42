"""Candidates lost between a trigger and its sides, on hand-built parses:
noun demands with their caller and addressee, doers named by "by" where the parser hangs it, the
"by" of a passive accusation hung on its gerund, and vows of sanctions as threats."""
from __future__ import annotations

from handbuilt import analyse_doc, build


def key(gazetteer, name: str) -> str:
    return gazetteer.lookup(name).key


def events(gazetteer, table: str):
    return analyse_doc(build(table), gazetteer).events


def sides(found, etype: str) -> set[tuple[str | None, str | None]]:
    return {(e.subject, e.object) for e in found if e.type == etype}


RENEWED_CALLS = """
    Poland       Poland     PROPN NNP   1 nsubj     GPE
    renewed      renew      VERB  VBD   1 ROOT
    calls        call       NOUN  NNS   1 dobj
    for          for        SCONJ IN    6 mark
    Germany      Germany    PROPN NNP   6 nsubj     GPE
    to           to         PART  TO    6 aux
    send         send       VERB  VB    2 advcl
    tanks        tank       NOUN  NNS   6 dobj
    .            .          PUNCT .     1 punct
"""


def test_calls_for_an_actor_to_act_are_a_demand_on_it_by_the_light_verbs_subject(gazetteer):
    found = events(gazetteer, RENEWED_CALLS)
    assert sides(found, "REQUEST") == {(key(gazetteer, "Poland"), key(gazetteer, "Germany"))}
    # the act called for is asked, not done: no delivery of tanks by Germany
    assert not [e for e in found if e.trigger == "send"]


def test_a_call_on_an_actor_with_the_infinitive_on_the_issuing_verb(gazetteer):
    found = events(gazetteer, """
        The          the        DET   DT    2 det
        European     European   PROPN NNP   2 compound  ORG
        Union        Union      PROPN NNP   3 nsubj     +
        issued       issue      VERB  VBD   3 ROOT
        a            a          DET   DT    5 det
        call         call       NOUN  NN    3 dobj
        on           on         ADP   IN    5 prep
        Serbia       Serbia     PROPN NNP   6 pobj      GPE
        to           to         PART  TO    9 aux
        recognise    recognise  VERB  VB    3 advcl
        Kosovo       Kosovo     PROPN NNP   9 dobj      GPE
        .            .          PUNCT .     3 punct
    """)
    assert sides(found, "REQUEST") == {(key(gazetteer, "European Union"), key(gazetteer, "Serbia"))}
    # the Union did not recognise Kosovo: it asked Serbia to
    assert not [e for e in found if e.trigger == "recognise"]


def test_a_call_with_no_caller_is_no_event(gazetteer):
    found = events(gazetteer, """
        Calls        call       NOUN  NNS   5 nsubj
        for          for        SCONJ IN    4 mark
        Germany      Germany    PROPN NNP   4 nsubj     GPE
        to           to         PART  TO    4 aux
        act          act        VERB  VB    0 acl
        grew         grow       VERB  VBD   5 ROOT
        .            .          PUNCT .     5 punct
    """)
    assert not sides(found, "REQUEST")


def test_a_call_for_an_actor_to_be_acted_on_asks_others(gazetteer):
    found = events(gazetteer, """
        Poland       Poland     PROPN NNP   1 nsubj     GPE
        renewed      renew      VERB  VBD   1 ROOT
        calls        call       NOUN  NNS   1 dobj
        for          for        SCONJ IN    7 mark
        Germany      Germany    PROPN NNP   7 nsubjpass GPE
        to           to         PART  TO    7 aux
        be           be         AUX   VB    7 auxpass
        punished     punish     VERB  VBN   2 advcl
        .            .          PUNCT .     1 punct
    """)
    assert (key(gazetteer, "Poland"), key(gazetteer, "Germany")) not in sides(found, "REQUEST")


def test_the_doer_hung_on_the_object_of_of(gazetteer):
    found = events(gazetteer, """
        The          the        DET   DT    1 det
        expulsion    expulsion  NOUN  NN    7 nsubj
        of           of         ADP   IN    1 prep
        Russian      russian    ADJ   JJ    4 amod      NORP
        diplomats    diplomat   NOUN  NNS   2 pobj
        by           by         ADP   IN    4 prep
        Germany      Germany    PROPN NNP   5 pobj      GPE
        came         come       VERB  VBD   7 ROOT
        after        after      ADP   IN    7 prep
        the          the        DET   DT   10 det
        scandal      scandal    NOUN  NN    8 pobj
        .            .          PUNCT .     7 punct
    """)
    assert {s for s, _ in sides(found, "SANCTION")} == {key(gazetteer, "Germany")}


def test_the_doer_named_on_the_participle_that_imposes_it(gazetteer):
    found = events(gazetteer, """
        The          the        DET   DT    1 det
        sanctions    sanction   NOUN  NNS   7 nsubj
        imposed      impose     VERB  VBN   1 acl
        on           on         ADP   IN    2 prep
        Iran         Iran       PROPN NNP   3 pobj      GPE
        by           by         ADP   IN    2 agent
        Washington   Washington PROPN NNP   5 pobj      GPE
        hurt         hurt       VERB  VBD   7 ROOT
        its          its        PRON  PRP$  9 poss
        economy      economy    NOUN  NN    7 dobj
        .            .          PUNCT .     7 punct
    """)
    subjects = {s for s, _ in sides(found, "SANCTION")}
    assert len(subjects) == 1 and None not in subjects
    assert {o for _, o in sides(found, "SANCTION")} == {key(gazetteer, "Iran")}


def test_the_accuser_hung_on_the_gerund_of_a_passive_accusation(gazetteer):
    found = events(gazetteer, """
        Israel       Israel     PROPN NNP   2 nsubjpass GPE
        was          be         AUX   VBD   2 auxpass
        accused      accuse     VERB  VBN   2 ROOT
        of           of         ADP   IN    2 prep
        blocking     block      VERB  VBG   3 pcomp
        aid          aid        NOUN  NN    6 compound
        deliveries   delivery   NOUN  NNS   4 dobj
        by           by         ADP   IN    4 prep
        the          the        DET   DT   10 det
        United       United     PROPN NNP  10 compound  ORG
        Nations      Nations    PROPN NNP   7 pobj      +
        .            .          PUNCT .     2 punct
    """)
    assert sides(found, "ACCUSE") == {(key(gazetteer, "United Nations"), key(gazetteer, "Israel"))}


def test_a_vow_to_impose_sanctions_is_a_threat(gazetteer):
    found = events(gazetteer, """
        The          the        DET   DT    2 det
        European     European   PROPN NNP   2 compound  ORG
        Union        Union      PROPN NNP   3 nsubj     +
        pledged      pledge     VERB  VBD   3 ROOT
        to           to         PART  TO    5 aux
        impose       impose     VERB  VB    3 xcomp
        new          new        ADJ   JJ    7 amod
        sanctions    sanction   NOUN  NNS   5 dobj
        on           on         ADP   IN    5 prep
        Belarus      Belarus    PROPN NNP   8 pobj      GPE
        .            .          PUNCT .     3 punct
    """)
    assert sides(found, "THREATEN") == {(key(gazetteer, "European Union"), key(gazetteer, "Belarus"))}
    assert not [e for e in found if e.type in ("SANCTION", "AGREE")]


def test_a_refusal_is_aimed_at_who_issued_the_order_named_before_it(gazetteer):
    found = events(gazetteer, """
        Ukraine      Ukraine    PROPN NNP   1 nsubj     GPE
        refused      refuse     VERB  VBD   1 ROOT
        to           to         PART  TO    3 aux
        comply       comply     VERB  VB    1 xcomp
        with         with       ADP   IN    3 prep
        a            a          DET   DT    7 det
        Kremlin      Kremlin    PROPN NNP   7 compound  ORG
        ultimatum    ultimatum  NOUN  NN    4 pobj
        .            .          PUNCT .     1 punct
    """)
    rejected = {o for s, o in sides(found, "REJECT") if s == key(gazetteer, "Ukraine")}
    assert len(rejected) == 1 and None not in rejected and key(gazetteer, "Ukraine") not in rejected


def test_a_place_before_an_agreement_is_where_not_who(gazetteer):
    found = events(gazetteer, """
        Serbia       Serbia     PROPN NNP   1 nsubj     GPE
        refused      refuse     VERB  VBD   1 ROOT
        to           to         PART  TO    3 aux
        sign         sign       VERB  VB    1 xcomp
        the          the        DET   DT    6 det
        Brussels     Brussels   PROPN NNP   6 compound  GPE
        agreement    agreement  NOUN  NN    3 dobj
        .            .          PUNCT .     1 punct
    """)
    assert sides(found, "REJECT") == {(key(gazetteer, "Serbia"), None)}


def test_a_rejected_demand_is_aimed_at_whoever_made_it_by(gazetteer):
    found = events(gazetteer, """
        Demands      demand     NOUN  NNS   7 nsubjpass
        by           by         ADP   IN    0 prep
        Hamas        Hamas      PROPN NNP   1 pobj      ORG
        for          for        ADP   IN    0 prep
        a            a          DET   DT    5 det
        truce        truce      NOUN  NN    3 pobj
        were         be         AUX   VBD   7 auxpass
        rejected     reject     VERB  VBN   7 ROOT
        by           by         ADP   IN    7 agent
        Israel       Israel     PROPN NNP   8 pobj      GPE
        .            .          PUNCT .     7 punct
    """)
    assert sides(found, "REJECT") == {(key(gazetteer, "Israel"), key(gazetteer, "Hamas"))}


def test_violence_threatened_stays_the_threat_of_the_verb_threaten(gazetteer):
    found = events(gazetteer, """
        Nigeria      Nigeria    PROPN NNP   1 nsubj     GPE
        threatened   threaten   VERB  VBD   1 ROOT
        to           to         PART  TO    3 aux
        suspend      suspend    VERB  VB    1 xcomp
        oil          oil        NOUN  NN    5 compound
        exports      export     NOUN  NNS   3 dobj
        .            .          PUNCT .     1 punct
    """)
    assert {s for s, _ in sides(found, "THREATEN")} == {key(gazetteer, "Nigeria")}


def test_two_main_clauses_joined_by_and_share_their_undergoer(gazetteer):
    found = events(gazetteer, """
        Two          two        NUM   CD    1 nummod    CARDINAL
        activists    activist   NOUN  NNS   3 nsubjpass
        were         be         AUX   VBD   3 auxpass
        detained     detain     VERB  VBN   3 ROOT
        in           in         ADP   IN    3 prep
        Minsk        Minsk      PROPN NNP   4 pobj      GPE
        and          and        CCONJ CC    3 cc
        were         be         AUX   VBD   9 auxpass
        later        later      ADV   RB    9 advmod
        charged      charge     VERB  VBN   3 conj
        with         with       ADP   IN    9 prep
        treason      treason    NOUN  NN   10 pobj
        .            .          PUNCT .     3 punct
    """)
    charged = [e for e in found if e.type == "ACCUSE"]
    assert len(charged) == 1 and charged[0].object is not None and charged[0].object_text.endswith("activists")



def test_an_appeal_made_for_an_actor_to_act_is_one_demand_on_it(gazetteer):
    found = events(gazetteer, """
        Egypt        Egypt      PROPN NNP   1 nsubj     GPE
        made         make       VERB  VBD   1 ROOT
        an           an         DET   DT    3 det
        appeal       appeal     NOUN  NN    1 dobj
        for          for        SCONJ IN    7 mark
        Israel       Israel     PROPN NNP   7 nsubj     GPE
        to           to         PART  TO    7 aux
        lift         lift       VERB  VB    3 advcl
        the          the        DET   DT    9 det
        blockade     blockade   NOUN  NN    7 dobj
        .            .          PUNCT .     1 punct
    """)
    assert sides(found, "REQUEST") == {(key(gazetteer, "Egypt"), key(gazetteer, "Israel"))}
