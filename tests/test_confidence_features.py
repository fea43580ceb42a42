"""The confidence model's features added in session 48 (each on a hand-built parse), and the
training tools that keep evaluation honest: folds held out by document, the lemma variant, and
the evaluation of events outside training by counts only."""
from __future__ import annotations

from dataclasses import replace

from handbuilt import build
from newsgraph.evaluation import confidence as training
from newsgraph.evaluation.confidence import trigger_lemma
from newsgraph.extract.confidence import features_of
from newsgraph.model import Entity, Event

# "The group may attack the convoy ." (hand-built parse)
HEDGED = """
The the DET DT 1 det
group group NOUN NN 3 nsubj
may may AUX MD 3 aux
attack attack VERB VB 3 ROOT
the the DET DT 5 det
convoy convoy NOUN NN 3 dobj
. . PUNCT . 3 punct
"""
# "Officials said that if militants attack the base , troops will respond ." (hand-built parse)
REPORTED = """
Officials official NOUN NNS 1 nsubj
said say VERB VBD 1 ROOT
that that SCONJ IN 11 mark
if if SCONJ IN 5 mark
militants militant NOUN NNS 5 nsubj
attack attack VERB VBP 11 advcl
the the DET DT 7 det
base base NOUN NN 5 dobj
, , PUNCT , 11 punct
troops troop NOUN NNS 11 nsubj
will will AUX MD 11 aux
respond respond VERB VB 1 ccomp
. . PUNCT . 1 punct
"""
# "Did police arrest the mayor ?" (hand-built parse)
QUESTION = """
Did do AUX VBD 2 aux
police police NOUN NNS 2 nsubj
arrest arrest VERB VB 2 ROOT
the the DET DT 4 det
mayor mayor NOUN NN 2 dobj
? ? PUNCT . 2 punct
"""
MILITIA, CONVOY, STATE = "ARMED_GROUP:Red Brigade", "OTHER:convoy", "COUNTRY:Freedonia"
ENTITIES = {MILITIA: Entity(MILITIA, "Red Brigade", "ARMED_GROUP", reason="name"),
            CONVOY: Entity(CONVOY, "convoy", "OTHER", reason="description"),
            STATE: Entity(STATE, "Freedonia", "COUNTRY", reason="gazetteer")}


def event_at(doc, i: int, **changes) -> Event:
    trig = doc[i]
    event = Event(type="ASSAULT", subject=MILITIA, object=CONVOY, sentence=doc.text, start=0, end=len(doc.text),
                  trigger=trig.text, trigger_start=trig.idx, trigger_end=trig.idx + len(trig.text),
                  subject_text="The group", object_text="the convoy")
    return replace(event, **changes)


def active(doc, event) -> dict:
    return features_of([event], doc, ENTITIES)[0]


def test_the_pair_of_side_kinds_is_one_feature():
    doc = build(HEDGED)
    assert "pair=armed_group>other" in active(doc, event_at(doc, 3))
    assert "pair=armed_group>none" in active(doc, event_at(doc, 3, object=None, object_text=""))


def test_a_named_side_whose_phrase_shares_no_word_with_its_name_came_from_elsewhere():
    doc = build(HEDGED)
    assert "subject_resolved" in active(doc, event_at(doc, 3))
    named = active(doc, event_at(doc, 3, subject_text="Red Brigade"))
    assert "subject_resolved" not in named
    assert "object_resolved" not in named          # "convoy" is a phrase made an actor, not a name found elsewhere


def test_a_subject_outside_the_clause_is_told_apart_by_its_kind():
    doc = build(HEDGED)
    feats = active(doc, event_at(doc, 3, subject=STATE, subject_text=""))
    assert {"subject_not_in_clause", "subject_not_in_clause&subject=state"} <= set(feats)
    assert "subject_not_in_clause&subject=state" not in active(doc, event_at(doc, 3))


def test_a_modal_auxiliary_hedges_the_act():
    doc = build(HEDGED)
    feats = active(doc, event_at(doc, 3))
    assert "hedged" in feats and "future" not in feats and "under_speech_verb" not in feats


def test_a_condition_a_reporting_verb_above_and_a_future_auxiliary_are_cues():
    doc = build(REPORTED)
    attack = active(doc, event_at(doc, 5, subject_text="militants", object_text="the base"))
    assert {"conditional", "under_speech_verb"} <= set(attack) and "hedged" not in attack
    said = active(doc, event_at(doc, 1, type="ACCUSE", subject_text="Officials", object_text=""))
    assert "trigger_speech_verb" in said and "under_speech_verb" not in said
    respond = active(doc, event_at(doc, 11, subject_text="troops", object_text=""))
    assert "future" in respond and "conditional" not in respond


def test_a_question_is_a_feature():
    doc = build(QUESTION)
    event = event_at(doc, 2, type="ARREST", subject_text="police", object_text="the mayor")
    assert "question" in active(doc, event)
    assert "question" not in active(build(HEDGED), event_at(build(HEDGED), 3))


def test_trigger_lemma_reads_the_trigger_word_and_tolerates_no_offsets():
    doc = build(REPORTED)
    assert trigger_lemma(event_at(doc, 5), doc) == "attack"
    assert trigger_lemma(event_at(doc, 5, trigger_start=-1, trigger_end=-1), doc) == ""


def row(doc: str, n: int, right: bool, seeds: list[int], feature: str = "x") -> dict:
    return {"id": f"{doc}|{n}|ASSAULT|a|b", "right": right, "features": {feature: 1.0}, "seeds": seeds,
            "lemma": "attack"}


def test_a_fold_leaves_out_every_row_of_the_held_samples_documents():
    rows = [row("d1", 1, True, [1]), row("d1", 2, False, [2]), row("d2", 1, True, [2]), row("d3", 1, True, [])]
    train, held = training.split(rows, 1)
    assert [r["id"] for r in held] == ["d1|1|ASSAULT|a|b"]
    assert [r["id"] for r in train] == ["d2|1|ASSAULT|a|b", "d3|1|ASSAULT|a|b"]


def test_the_lemma_variant_adds_one_feature_per_row():
    rows = training.with_lemmas([row("d1", 1, True, [1]), {**row("d2", 1, True, [1]), "lemma": ""}])
    assert rows[0]["features"] == {"x": 1.0, "lemma=attack": 1.0}
    assert rows[1]["features"] == {"x": 1.0}


def test_evaluation_counts_what_a_cut_removes_by_seed_group_without_identities():
    rows = [row(f"d{i}", i, True, [1], "good") for i in range(10)] + [row(f"e{i}", i, False, [1], "bad")
                                                                      for i in range(10)]
    held = [{"right": False, "features": {"bad": 1.0}, "seeds": [811], "shared_document": False},
            {"right": True, "features": {"good": 1.0}, "seeds": [431], "shared_document": True}]
    text = training.evaluate(rows, held, thresholds=(0.5,), l2=1.0)
    line = next(x for x in text.splitlines() if x.startswith("0.50"))
    assert line.split()[1:5] == ["0", "right", "/", "1"]          # all: the wrong one goes
    assert "2 judged events outside training (1 right)" in text
    assert "confidence band" in text
