"""Refusals whose other side the refusing verb does not name (PLOVER REJECT): a denial of having done
something (extract/denied_acts.py), an accusation called false with its maker unnamed, a refusal to comply
with what another side made, and a case lost in court (extract/refusals.py). Sentences written for these
tests; "-" is a side left unnamed."""
from __future__ import annotations

import pytest

from handbuilt import analyse_doc, build
from newsgraph.extract.denied_acts import denied_clauses
from newsgraph.extract.sense_words import SCORE


def rejections(events_named, text):
    return [(r[1] or "-", r[2] or "-") for r in events_named(text) if r[0] == "REJECT"]


@pytest.mark.parametrize(("text", "subject", "other"), [
    # a denial of one's own act, its accuser unnamed: a firm, a person, a collective
    ("Siemens denied that it had bribed officials in Greece.", "Siemens", "-"),
    ("Siemens denied that its managers had bribed officials in Greece.", "Siemens", "-"),
    ("Senator Harold Ames denied that he had taken money from the lobbyists.", "Harold Ames", "-"),
    ("The drug companies deny that they illegally conspired to fix prices.", "drug companies", "-"),
    # an accusation denied by name: a firm answers it as a person does
    ("Siemens denied any wrongdoing.", "Siemens", "-"),
    ("Siemens rejected the allegations.", "Siemens", "-"),
    # a part in a wrong, or the deed itself, denied
    ("Chad denied any role in the ambush.", "Chad", "-"),
    ("Siemens denied any knowledge of the payments.", "Siemens", "-"),
    ("Chad denied the bombing of the border town.", "Chad", "-"),
    # a fault denied as a state: "to blame", "its fault"
    ("Senator Harold Ames denied he was to blame for the losses.", "Harold Ames", "-"),
    ("Siemens denied that the power cut was its fault.", "Siemens", "-"),
    # an accusation called false, its maker unnamed
    ("Senator Harold Ames told the court that the charges against him were false.", "Harold Ames", "-"),
    ("Russia said the accusations were false.", "Russia", "-"),
    ("Senator Harold Ames called the allegations false.", "Harold Ames", "-"),
    # charges one means to fight
    ("It is the third inquiry into Siemens. \"We intend to fight these charges,\" said a Siemens spokesman.",
     "Siemens", "-"),
])
def test_an_accusation_denied_is_refused_by_the_denier(text, subject, other, events_named):
    rows = rejections(events_named, text)
    assert any(subject.lower() in s.lower() and (o == other if other == "-" else other.lower() in o.lower())
               for s, o in rows), (text, rows)


@pytest.mark.parametrize("text", [
    "Siemens denied that the meeting had been cancelled.",        # what others did: a report answered
    "Siemens denied that it would sell the unit.",                # a rumour of plans
    "Siemens denied that it planned to cut jobs.",                # a plan, not a deed
    "Siemens denied that it was in talks with Bosch.",            # a state, not a deed
    "Siemens denied that the fault was in the software.",         # a fault found, not one owned
    "Siemens denied the reports.",                                 # what the press says
    "The spokesman refused to comment.",                           # no refusal of anything
    "Siemens declined to comment on the report.",
    "The bank denied him a loan.",                                 # business: a loan not granted
    "Siemens refused to deny the claims.",                         # what it will not do is no refusal of a charge
])
def test_what_is_no_accusation_answered_is_no_refusal(text, events_named):
    assert rejections(events_named, text) == [], text


@pytest.mark.parametrize(("text", "subject", "other"), [
    # the court, when named, refuses the one who lost
    ("The farmers lost their appeal against the ministry in the High Court.", "High Court", "farmers"),
    ("Siemens lost an appeal at the Court of Appeal.", "Court of Appeal", "Siemens"),
    # no court named: the court goes unnamed, the loser is the other side
    ("Peace campaigners have lost a landmark appeal over police actions.", "-", "campaigners"),
    ("Siemens lost a legal bid to block the merger.", "-", "Siemens"),
    ("Siemens's appeal was dismissed on Friday.", "-", "Siemens"),
    ("A lawsuit filed by the Clinton administration has been thrown out.", "-", "United States"),
    # a split vote of judges is no sports score
    ("The lawsuit filed by the Clinton administration was rejected in a 2-1 decision.", "-", "United States"),
])
def test_a_case_lost_is_the_courts_refusal_of_the_loser(text, subject, other, events_named):
    rows = rejections(events_named, text)
    assert any((s == subject if subject == "-" else subject.lower() in s.lower()) and other.lower() in o.lower()
               for s, o in rows), (text, rows)


@pytest.mark.parametrize("text", [
    "The Labour Party has lost its appeal to young voters.",      # its attraction, no court
    "Labour lost the election.",
    "Siemens lost the contract to Bosch.",
    "Siemens's offer was rejected.",                               # by whom? no court's matter
])
def test_a_contest_lost_outside_court_is_no_refusal(text, events_named):
    assert rejections(events_named, text) == [], text


@pytest.mark.parametrize(("text", "subject", "other"), [
    ("The city council refused to comply with the Kenyan government's order.", "city council", "Kenya"),
    ("The city council refused to comply with demands from the European Union.", "city council", "European Union"),
    ("Iran refused to bow to Washington.", "Iran", "United States"),
])
def test_a_refusal_to_comply_is_aimed_at_the_maker_of_what_is_refused(text, subject, other, events_named):
    rows = rejections(events_named, text)
    assert any(subject.lower() in s.lower() and other.lower() in o.lower() for s, o in rows), (text, rows)


def test_a_denied_act_stays_an_event_negated(events_named):
    rows = [r for r in events_named("Russia denied that it had shelled the power plant.") if r[0] == "ASSAULT"]
    assert rows and all(r[1] == "Russia" for r in rows), rows


def test_a_gerund_denial_is_read():
    # "Korvane denies bribing officials." (read unless gerunds are switched off)
    doc = build("""
        Korvane   Korvane   PROPN NNP 1 nsubj ORG
        denies    deny      VERB  VBZ 1 ROOT
        bribing   bribe     VERB  VBG 1 xcomp
        officials official  NOUN  NNS 2 dobj
        .         .         PUNCT .   1 punct
    """)
    assert [t.text for t in denied_clauses(doc[1], gerunds=True)] == ["bribing"]
    assert denied_clauses(doc[1], gerunds=False) == []
    assert [t.text for t in denied_clauses(doc[1])] == ["bribing"]


def test_a_denial_of_what_others_did_on_a_hand_built_parse(gazetteer):
    # "Korvane denied that the meeting had been cancelled."
    found = analyse_doc(build("""
        Korvane   Korvane   PROPN NNP 1 nsubj ORG
        denied    deny      VERB  VBD 1 ROOT
        that      that      SCONJ IN  7 mark
        the       the       DET   DT  4 det
        meeting   meeting   NOUN  NN  7 nsubjpass
        had       have      AUX   VBD 7 aux
        been      be        AUX   VBN 7 auxpass
        cancelled cancel    VERB  VBN 1 ccomp
        .         .         PUNCT .   1 punct
    """), gazetteer)
    assert not [e for e in found.events if e.type == "REJECT" and e.subject]


@pytest.mark.parametrize(("text", "score"), [
    ("The appeal was rejected in a 2-1 decision.", False),
    ("The Supreme Court upheld the law by a 5-4 ruling.", False),
    ("Chelsea beat Arsenal 2-1 on Saturday.", True),
])
def test_a_split_vote_is_no_score(text, score):
    assert bool(SCORE.search(text)) is score
