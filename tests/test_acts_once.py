"""One act told by two words of one sentence counts once in the graph (graph.one_per_act): "X is on trial,
accused of fraud" is one accusation (extraction keeps it once: test_acts_told_once; stores built before
keep both triggers' events), and relations and dyads count the act once, as its strongest claim.
Sentences of our own."""
from __future__ import annotations

from dataclasses import asdict

from newsgraph.graph import aggregate, dyad_summary, one_per_act
from newsgraph.records import event_json

NORWAY, VINTER = "ent_norway", "ent_vinter"


def ev(id_, sentence_start, certainty="asserted", type_="ACCUSE", negated=False, doc="d1"):
    return {"id": id_, "type": type_, "subject": NORWAY, "object": VINTER, "negated": negated,
            "certainty": certainty, "source": None, "date": None, "quantities": {}, "location": None,
            "evidence": [{"document": doc, "sentence": "s", "start": sentence_start, "end": sentence_start + 40,
                          "passage": "text"}]}


def test_two_triggers_of_one_sentence_make_one_relation_event_the_strongest_claim():
    rel = aggregate([ev("e1", 0, "reported"), ev("e2", 0, "asserted")], {"d1": {"id": "d1"}})[0].as_dict()
    assert rel["events"] == ["e2"] and rel["certainty"] == {"asserted": 1}


def test_acts_of_other_sentences_types_or_documents_stay_apart():
    events = [ev("e1", 0), ev("e2", 100), ev("e3", 0, type_="SANCTION"), ev("e4", 0, doc="d2"), ev("e5", 0, negated=True)]
    assert [e["id"] for e in one_per_act(events)] == ["e1", "e2", "e3", "e4", "e5"]


def test_a_dyad_counts_the_act_once():
    summary = dyad_summary(NORWAY, VINTER, [ev("e1", 0, "possible"), ev("e2", 0, "alleged")], {"d1": {"id": "d1"}})
    assert summary["hostile"] == 1 and summary["periods"][0]["events"]["verbal_conflict"] == ["e2"]


def test_an_accused_one_on_trial_is_one_act(analyse_text):
    analysis = analyse_text("Harald Vinter is on trial in Oslo, accused of defrauding pensioners.")
    told = [event_json(f"e{i}", "d1", asdict(e)) for i, e in enumerate(analysis.events) if e.type == "ACCUSE"]
    assert len(told) == 1 and len(one_per_act(told)) == 1
