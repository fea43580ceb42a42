"""The development set gate: hand-annotated bench articles (tests/data/devgold/) scored with the
seed scorer must stay above the floors pinned in tests/data/quality_floors.json (keys dev_*).
Fails, not skips, when shared/ is missing: the gate must never pass by not running."""
import json
from pathlib import Path

import pytest

from conftest import SHARED
from newsgraph.evaluation import devgold

FLOORS = json.loads((Path(__file__).parent / "data" / "quality_floors.json").read_text())


def test_tuning_and_held_out_sets_do_not_overlap():
    sets = devgold.load_sets()
    for name, gold in sets.items():
        if name != "tuning":
            assert not set(sets["tuning"]["articles"]) & set(gold["articles"]), name
    assert len(sets["tuning"]["articles"]) + len(sets["held_out"]["articles"]) >= 40
    assert sum(len(s["facts"]) for s in sets.values()) >= 400
    for gold in sets.values():
        assert {f["doc"] for f in gold["facts"]} <= set(gold["articles"])


def test_a_gold_part_of_no_set_is_refused(tmp_path):
    for part in ("part_a", "part_b", "part_z"):
        (tmp_path / f"{part}.json").write_text(json.dumps({"entities": {}, "articles": [], "facts": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="part_z belong"):
        devgold.load_sets(tmp_path)
    (tmp_path / "part_z.json").unlink()
    assert set(devgold.load_sets(tmp_path)) == {"tuning", "held_out"}   # part D absent: no empty set


def test_every_gold_quote_is_in_its_article():
    sets = devgold.load_sets()
    texts = {}
    with open(SHARED / "bench" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            texts[record["id"]] = " ".join(record["text"].split())
    for gold in sets.values():
        for fact in gold["facts"]:
            assert " ".join(fact["quote"].split()) in texts[fact["doc"]], fact["quote"]


@pytest.mark.slow
def test_dev_scores_stay_above_floors():
    results = devgold.evaluate(SHARED / "bench" / "articles.jsonl")
    for name, metrics in results.items():
        for metric in ("fact_recall", "supported"):
            floor = FLOORS[f"dev_{name}_{metric}"]
            assert metrics[metric] >= floor, f"{name} {metric} {metrics[metric]:.3f} fell below {floor}"


def test_attacker_recall_counts_assault_facts_whose_sentence_has_an_assault_by_their_subject():
    scorer = devgold.load_scorer()
    sentence = "Rebels attacked the town. Police arrested them."
    export = scorer.Export({
        "documents": [{"id": "d1", "source": "bench.jsonl#art1"}],
        "entities": [{"id": "e1", "name": "rebels"}, {"id": "e2", "name": "police"}],
        "events": [{"type": "ASSAULT", "subject": "e1", "evidence": [{"document": "d1", "sentence": sentence}]},
                   {"type": "COERCE", "subject": "e2", "evidence": [{"document": "d1", "sentence": sentence}]}]})
    gold = scorer.Gold({"entities": {"REBELS": ["rebels"]}, "facts": [
        {"doc": "art1", "types": ["ASSAULT"], "subject": ["REBELS"], "quote": "Rebels attacked the town"},
        {"doc": "art1", "types": ["ASSAULT", "COERCE"], "subject": ["police"], "quote": "Police arrested them"},
        {"doc": "art1", "types": ["ASSAULT"], "subject": [None], "quote": "attacked the town"},
        {"doc": "art1", "types": ["COERCE"], "subject": ["police"], "quote": "Police arrested them"}]})
    assert devgold.attacker_recall(scorer, export, gold) == {"attacker_recall": 0.5, "attacker_facts": 2}
