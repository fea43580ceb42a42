"""The development set gate: hand-annotated bench articles (tests/data/devgold/) scored with the
seed scorer must stay above the floors pinned in tests/data/quality_floors.json (keys dev_*).
Fails, not skips, when shared/ is missing: the gate must never pass by not running."""
import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import SHARED
from newsgraph.evaluation import devgold

FLOORS = json.loads((Path(__file__).parent / "data" / "quality_floors.json").read_text())


def test_tuning_and_held_out_sets_do_not_overlap():
    sets = devgold.load_sets()
    tuning = {a for name in devgold.TUNING_SETS for a in sets[name]["articles"]}
    for name, gold in sets.items():
        if name not in devgold.TUNING_SETS:
            assert not tuning & set(gold["articles"]), name
    for name in ("tuning_k", "tuning_n", "tuning_ac", "tuning_ah", "tuning_ag", "tuning_ao", "tuning_ap"):   # scored apart
        assert not set(sets["tuning"]["articles"]) & set(sets[name]["articles"]), name
    assert len(sets["tuning"]["articles"]) + len(sets["held_out"]["articles"]) >= 40
    assert sum(len(s["facts"]) for s in sets.values()) >= 400
    for gold in sets.values():
        assert {f["doc"] for f in gold["facts"]} <= set(gold["articles"])


def test_a_gold_part_of_no_set_is_refused(tmp_path):
    for part in ("part_a", "part_b", "part_zz"):
        (tmp_path / f"{part}.json").write_text(json.dumps({"entities": {}, "articles": [], "facts": []}), encoding="utf-8")
    with pytest.raises(ValueError, match="part_zz belong"):
        devgold.load_sets(tmp_path)
    (tmp_path / "part_zz.json").unlink()
    assert set(devgold.load_sets(tmp_path)) == {"tuning", "held_out"}   # part D absent: no empty set


def test_an_article_repeating_a_held_out_one_is_held_out_too(tmp_path):
    # the bench holds a few articles twice under two ids: a held-out part names the copy in same_text
    (tmp_path / "part_a.json").write_text(json.dumps({"entities": {}, "articles": ["tune-1"], "facts": []}))
    (tmp_path / "part_b.json").write_text(json.dumps(
        {"entities": {}, "articles": ["held-1"], "same_text": ["held-1-copy"], "facts": []}))
    assert devgold.held_out_articles(tmp_path) == {"held-1", "held-1-copy"}
    assert "bbc-sport-438" in devgold.held_out_articles()   # the copy of part AT's bbc-sport-432


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


def test_misses_list_each_missed_core_fact_with_what_its_sentence_gave():
    scorer = devgold.load_scorer()
    export = scorer.Export({
        "documents": [{"id": "d1", "source": "bench.jsonl#art1"}],
        "entities": [{"id": "e1", "name": "strikers"}, {"id": "e2", "name": "the ministry"}],
        "events": [{"type": "PROTEST", "subject": "e1", "object": "e2",
                    "evidence": [{"document": "d1", "sentence": "Strikers marched on the ministry."}]}]})
    facts = [{"doc": "art1", "types": ["ACCUSE"], "subject": ["strikers"], "object": ["the ministry"], "core": True,
              "quote": "Strikers marched on the ministry"},
             {"doc": "art1", "types": ["PROTEST"], "subject": ["strikers"], "object": None, "core": True,
              "quote": "The union blamed the ministry"},
             {"doc": "art1", "types": ["PROTEST"], "subject": ["strikers"], "object": None, "core": False,
              "quote": "Strikers marched"}]
    results = [{"fact": f, "found": False} for f in facts]
    lines = devgold.misses(scorer, export, results)
    assert len(lines) == 2                          # the bonus fact is not listed
    assert "got: PROTEST strikers -> the ministry" in lines[0]
    assert "got: no event in the sentence" in lines[1]


def test_misses_are_printed_for_the_tuning_set_only(monkeypatch, capsys):
    fact = {"fact_recall": 0.5, "attribution": 1.0, "certainty": 1.0, "supported": 0.5, "attacker_recall": 0.0,
            "attacker_facts": 0, "articles": 1, "facts": 2}
    monkeypatch.setattr(devgold, "evaluate", lambda articles, shared: {
        "tuning": fact | {"misses": ["tuning miss"]}, "tuning_k": fact | {"misses": ["part K miss"]},
        "held_out": fact | {"misses": ["held-out miss"]}, "held_out_l": fact | {"misses": ["part L miss"]}})
    assert devgold.main(["--misses"]) == 0
    out = capsys.readouterr().out
    assert "tuning miss" in out and "part K miss" in out
    assert "held-out miss" not in out and "part L miss" not in out


def test_miss_classes_count_why_each_missed_core_fact_was_missed():
    scorer = devgold.load_scorer()
    said, marched, held = "The union said the ministry lied.", "Strikers marched on the ministry.", "Police held a rally."
    export = scorer.Export({
        "documents": [{"id": "d1", "source": "bench.jsonl#art1"}],
        "entities": [{"id": "e1", "name": "strikers"}, {"id": "e2", "name": "the ministry"},
                     {"id": "e3", "name": "police"}],
        "events": [{"type": "PROTEST", "subject": "e1", "evidence": [{"document": "d1", "sentence": marched}]},
                   {"type": "CONSULT", "subject": "e3", "evidence": [{"document": "d1", "sentence": held}]},
                   {"type": "ACCUSE", "subject": "e3", "object": "e2", "evidence": [{"document": "d1", "sentence": said}]}]})
    gold = scorer.Gold({"entities": {}, "facts": []})
    facts = [{"types": ["PROTEST"], "subject": ["strikers"], "object": ["the ministry"], "quote": "Strikers marched"},
             {"types": ["ACCUSE"], "subject": ["the union"], "object": ["the ministry"], "quote": "the ministry lied"},
             {"types": ["PROTEST"], "subject": ["police"], "object": None, "quote": "Police held a rally"},
             {"types": ["AID"], "subject": ["police"], "object": None, "quote": "Police gave aid"},
             {"types": ["PROTEST"], "subject": ["strikers"], "object": None, "quote": "Strikers marched", "core": False}]
    results = [{"fact": {"doc": "art1", "core": True} | f, "found": False} for f in facts]
    counts = devgold.miss_classes(scorer, export, gold, results)
    assert counts["object missing"] == 1 and counts["subject another entity"] == 1
    assert counts["other type only"] == 1 and counts["no event in the sentence"] == 1
    assert sum(counts.values()) == 4                 # the bonus fact is not counted


def test_no_event_misses_are_counted_by_the_furthest_stage_a_candidate_of_their_type_reached(tmp_path, nlp, gazetteer):
    scorer = devgold.load_scorer()
    text = ("Microsoft launched an attack on Google's search business. Had Russia invaded Ukraine, prices would "
            "have soared. The weather was fine on Tuesday. Rebels attacked the town on Monday.")
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(json.dumps({"id": "art1", "text": text}) + "\n", encoding="utf-8")
    # an export with no event at all: every missed core fact is a no-event miss
    export = scorer.Export({"documents": [{"id": "d1", "source": "articles.jsonl#art1"}], "entities": [], "events": []})
    facts = [("ASSAULT", "launched an attack on Google"), ("ASSAULT", "Russia invaded Ukraine"),
             ("ASSAULT", "The weather was fine"), ("AID", "Rebels attacked the town"),
             ("ASSAULT", "Rebels attacked the town"), ("ASSAULT", "soared. The weather"),
             ("ASSAULT", "launched an attack on Google")]   # a second fact of the same words counts too
    results = [{"fact": {"doc": "art1", "types": [t], "quote": q, "core": True}, "found": False} for t, q in facts]
    results += [{"fact": {"doc": "art1", "types": ["ASSAULT"], "quote": "Rebels attacked", "core": True}, "found": True},
                {"fact": {"doc": "art1", "types": ["AID"], "quote": "Rebels attacked", "core": False}, "found": False}]
    unmade = devgold.unmade_facts(scorer, export, results)
    assert len(unmade) == len(facts)                # neither the found fact nor the bonus one
    funnels = devgold.article_funnels(jsonl, {"art1"}, nlp, gazetteer)
    staged = devgold.staged_misses(unmade, funnels, scorer.norm)
    stages = [stage for _, stage, _ in staged]
    assert stages == ["sense judge", "keep gate", "nothing proposed, no trigger of the type",
                      "other type proposed, no trigger of the type", "kept",
                      "quote spans sentences", "sense judge"]
    assert staged[1][2].rule == "unreal mood" and staged[2][2] is None
    counts = devgold.stage_counts(stages)
    assert counts["sense judge"] == 2 and counts["nothing proposed, no trigger of the type"] == 1 and sum(counts.values()) == 7
    rows = devgold.stage_rows({"tuning": {"miss_stages": counts}, "held_out": {"miss_stages": counts}})
    assert rows[-1].split() == ["held-out", "all", *(str(counts[s]) for s in devgold.MISS_STAGES)]
    assert rows[-2].split()[:2] == ["tuning", "all"]
    by_type = Counter((stage, f["types"][0]) for f, stage, _ in staged)
    rows = devgold.stage_type_rows({"tuning": {"miss_stage_types": by_type}, "held_out_d": {}})
    assert "  sense judge: ASSAULT 2" in rows and "  other type proposed, no trigger of the type: AID 1" in rows
    assert rows[-1] == "held-out all, no-event misses by stage and the fact's type:"


def test_sense_judge_misses_are_counted_by_the_test_that_dropped_them():
    results = {"tuning": {"judge_reasons": Counter({"sport domain": 2, "hypothetical": 1})},
               "held_out_d": {"judge_reasons": Counter({"fiction": 1})}, "held_out_e": {}}
    rows = devgold.judge_reason_rows(results)
    assert rows == ["tuning all, sense-judge misses by the test that dropped them (3): sport domain 2, hypothetical 1",
                    "held-out all, sense-judge misses by the test that dropped them (1): fiction 1"]
    assert devgold.judge_reason_rows({"tuning": {}})[0].endswith("(0): none")


def test_a_fact_with_nothing_proposed_is_told_apart_by_a_trigger_word_of_its_type(tmp_path, nlp, gazetteer):
    scorer = devgold.load_scorer()
    text = "Some condemned it. The garden was quiet on Sunday. Thousands marched. Rebels attacked the town."
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text(json.dumps({"id": "art1", "text": text}) + "\n", encoding="utf-8")
    facts = [{"doc": "art1", "types": [t], "quote": q, "core": True} for t, q in
             [("ACCUSE", "Some condemned it"),          # a trigger of the type, no side to resolve
              ("PROTEST", "The garden was quiet"),      # no word of the type at all
              ("ACCUSE", "The garden was quiet"),
              ("PROTEST", "Thousands marched"),         # "march" is PROTEST's, not ASSAULT's
              ("ASSAULT", "Thousands marched"),
              ("AID", "Rebels attacked the town")]]    # an ASSAULT was proposed, no AID word
    funnels = devgold.article_funnels(jsonl, {"art1"}, nlp, gazetteer)
    stages = [stage for _, stage, _ in devgold.staged_misses(facts, funnels, scorer.norm)]
    assert stages[0] == "nothing proposed, trigger of the type present"
    assert stages[1:3] == ["nothing proposed, no trigger of the type"] * 2
    assert stages[3] != stages[4] == "nothing proposed, no trigger of the type"
    assert stages[5] == "other type proposed, no trigger of the type"
    assert devgold.describe_stage(funnels["art1"], stages[0], None, facts[0], scorer.norm) == \
        "nothing proposed, trigger of the type present: condemn (ACCUSE)"
    assert devgold.describe_stage(funnels["art1"], stages[1], None, facts[1], scorer.norm) == stages[1]


def test_type_confusion_counts_other_type_only_misses_by_the_types_read_instead():
    scorer = devgold.load_scorer()
    said, marched = "The union said the ministry lied.", "Strikers marched on the ministry."
    export = scorer.Export({
        "documents": [{"id": "d1", "source": "bench.jsonl#art1"}],
        "entities": [{"id": "e1", "name": "strikers"}, {"id": "e2", "name": "the ministry"}],
        "events": [{"type": "PROTEST", "subject": "e1", "evidence": [{"document": "d1", "sentence": marched}]},
                   {"type": "REQUEST", "subject": "e1", "evidence": [{"document": "d1", "sentence": said}]},
                   {"type": "AGREE", "subject": "e2", "evidence": [{"document": "d1", "sentence": said}]}]})
    facts = [{"types": ["ACCUSE", "REJECT"], "quote": "the ministry lied"},
             {"types": ["ACCUSE"], "quote": "Strikers marched"},
             {"types": ["PROTEST"], "quote": "Strikers marched"},            # its type was made: a side miss
             {"types": ["ACCUSE"], "quote": "Police gave aid"},               # no event at all
             {"types": ["ACCUSE"], "quote": "the ministry lied", "core": False}]
    results = [{"fact": {"doc": "art1", "core": True} | f, "found": False} for f in facts]
    counts = devgold.type_confusion(scorer, export, results)
    assert counts == Counter({("ACCUSE/REJECT", "AGREE/REQUEST"): 1, ("ACCUSE", "PROTEST"): 1})
    rows = devgold.confusion_rows({"tuning": {"confusion": counts}, "held_out_d": {"confusion": Counter(
        {("REJECT", "REQUEST"): 2})}}, sets=True)
    assert "tuning all, other-type-only misses, the fact's types -> the types made (2): " \
           "ACCUSE/REJECT -> AGREE/REQUEST 1, ACCUSE -> PROTEST 1" in rows
    assert "held-out all, other-type-only misses, the fact's types -> the types made (2): REJECT -> REQUEST 2" in rows
    assert any(r.startswith("held_out_d, no-event misses with other types proposed") and r.endswith("(0): none")
               for r in rows)


def test_proposed_confusion_counts_the_types_proposed_where_the_facts_type_was_not():
    from newsgraph.evaluation.funnel import OTHER_TYPE, WITH_TRIGGER, Funnel
    from newsgraph.extract.fates import Fate
    sentence = "The union said the ministry failed to help flood victims."
    fates = [Fate("AID", "help", 7, sentence, 0, None, None, "", "", "sense judge"),
             Fate("CONSULT", "said", 2, sentence, 0, None, None, "", "", "incomplete")]
    funnels = {"art1": Funnel(None, [(0, sentence)], fates, {})}
    fact = {"doc": "art1", "types": ["ACCUSE"], "quote": "the ministry failed to help"}
    staged = [(fact, OTHER_TYPE + WITH_TRIGGER, None), (fact | {"types": ["AID"]}, "sense judge", fates[0])]
    counts = devgold.proposed_confusion(staged, funnels, lambda s: s.lower())
    assert counts == Counter({("ACCUSE", "AID/CONSULT"): 1})      # the fact whose type was proposed is not counted
