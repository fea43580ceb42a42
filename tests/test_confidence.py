"""The learned event confidence: its scorer, its data file, its training command, and the filters
that read it (store, JSON API, export)."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from handbuilt import build
from newsgraph.api import create_app
from newsgraph.cli import cli
from newsgraph.evaluation import confidence as training
from newsgraph.extract.confidence import (
    ConfidenceModel,
    features_of,
    keeping_all,
    rated,
    shipped_model,
    tree_distance,
)
from newsgraph.model import Analysis, Document, Entity, Event
from newsgraph.resolve.corpus import resolve_corpus
from newsgraph.resolve.gazetteer import load_gazetteer
from newsgraph.store import Store

# "Rebels attacked the convoy outside the border ." (hand-built parse)
RAID = """
Rebels rebel NOUN NNS 1 nsubj
attacked attack VERB VBD 1 ROOT
the the DET DT 3 det
convoy convoy NOUN NN 1 dobj
outside outside ADP IN 1 prep
the the DET DT 6 det
border border NOUN NN 4 pobj
. . PUNCT . 1 punct
"""
REBELS, CONVOY = "GENERIC:rebels", "OTHER:convoy"
ENTITIES = {REBELS: Entity(REBELS, "rebels", "ARMED_GROUP", reason="generic description"),
            CONVOY: Entity(CONVOY, "convoy", "OTHER", reason="description")}


def raid_event(doc, **changes) -> Event:
    trig = doc[1]
    event = Event(type="ASSAULT", subject=REBELS, object=CONVOY, sentence=doc.text, start=0, end=len(doc.text),
                  trigger=trig.text, trigger_start=trig.idx, trigger_end=trig.idx + len(trig.text),
                  subject_text="Rebels", object_text="the convoy")
    return replace(event, **changes)


def test_features_name_kinds_and_parse_never_words():
    doc = build(RAID)
    [active] = features_of([raid_event(doc)], doc, ENTITIES)
    assert {"type=ASSAULT", "subject=generic", "object=other", "pos=VERB", "dep=root", "subject_linked",
            "object_linked", "subject_near"} <= set(active)
    words = {t.lower_ for t in doc} | {t.lemma_ for t in doc}
    assert not any(part in words for name in active for part in name.replace("=", "_").split("_"))


def test_tree_distance_counts_edges_through_the_common_head():
    doc = build(RAID)
    assert tree_distance(doc[1], doc[3]) == 1          # attacked -> convoy
    assert tree_distance(doc[0], doc[6]) == 3          # Rebels <- attacked -> outside -> border
    assert tree_distance(doc[3], doc[3]) == 0


def test_a_feature_with_a_positive_weight_raises_confidence_and_the_score_is_a_probability():
    model = ConfidenceModel({"object=other": 1.5, "certainty=possible": -2.0}, bias=0.0, threshold=0.5)
    doc = build(RAID)
    base, hedged = (features_of([e], doc, ENTITIES)[0] for e in (raid_event(doc), raid_event(doc, certainty="possible")))
    without = dict(base)
    del without["object=other"]
    assert 0.0 < model.score(hedged) < model.score(without) < model.score(base) < 1.0


def test_shipped_model_rates_a_one_sided_attack_below_the_same_attack_with_its_target():
    # events with a side left empty are the audit's most common error ("wrong object")
    doc = build(RAID)
    full, one_sided = raid_event(doc), raid_event(doc, object=None, object_text="")
    scores = [e.confidence for e in rated([full, one_sided], doc, ENTITIES)]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[0] > scores[1]


def test_rated_drops_events_under_the_threshold_unless_keeping_all():
    doc = build(RAID)
    events = [raid_event(doc), raid_event(doc, certainty="possible")]
    harsh = ConfidenceModel({"certainty=possible": -5.0}, bias=0.0, threshold=0.3)
    assert [e.certainty for e in rated(events, doc, ENTITIES, harsh)] == ["asserted"]
    with keeping_all():
        assert len(rated(events, doc, ENTITIES, harsh)) == 2


def test_shipped_data_file_loads_and_its_features_are_ones_the_scorer_makes():
    model = shipped_model()
    assert 0.0 <= model.threshold < 0.5
    rows = training.load_rows()
    made = {name for row in rows for name in row["features"]}
    assert set(model.weights) <= made
    data = json.loads(training.MODEL_PATH.read_text(encoding="utf-8"))
    assert len(data["features"]) == len(data["weights"]) == len(model.weights)
    with pytest.raises(ValueError, match="features but"):
        ConfidenceModel.from_json({**data, "weights": data["weights"][:-1]})


def test_training_reproduces_the_shipped_weights():
    fitted = training.fit(training.load_rows())
    shipped = shipped_model()
    assert list(fitted.weights) == list(shipped.weights)
    assert all(abs(fitted.weights[n] - shipped.weights[n]) < 1e-5 for n in shipped.weights)
    assert abs(fitted.bias - shipped.bias) < 1e-5 and fitted.threshold == shipped.threshold


def test_fit_is_deterministic_and_learns_the_sign_of_a_telling_feature():
    rows = [{"features": {"good": 1.0}, "right": True, "seeds": [1]} for _ in range(8)]
    rows += [{"features": {"bad": 1.0}, "right": False, "seeds": [2]} for _ in range(8)]
    rows += [{"features": {"good": 1.0}, "right": False, "seeds": [3]}, {"features": {"bad": 1.0}, "right": True,
                                                                         "seeds": [3]}]
    first, second = training.fit(rows, l2=1.0), training.fit(rows, l2=1.0)
    assert first == second
    assert first.weights["good"] > 0 > first.weights["bad"]
    table = training.cv_table(rows, seeds=(1, 2), thresholds=(0.5,), l2=1.0)
    held_bad = next(r for r in table if r["seed"] == 2)
    assert held_bad["events"] == 8 and held_bad["removed_right"] == 0


def test_training_command_writes_a_model_the_scorer_loads(tmp_path):
    features = tmp_path / "features.json"
    rows = [{"id": str(i), "features": {"x": float(i % 2)}, "right": bool(i % 2), "seeds": []} for i in range(12)]
    features.write_text(json.dumps({"rows": rows}), encoding="utf-8")
    out = tmp_path / "model.json"
    assert training.main(["train", "--features", str(features), "--out", str(out)]) == 0
    model = ConfidenceModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert model.score({"x": 1.0}) > model.score({})
    assert training.main(["cv", "--features", str(tmp_path / "missing.json")]) == 1


def test_score_command_rates_a_new_seed_with_the_shipped_model(tmp_path, capsys):
    rows = [{"id": "a", "features": {"type=ASSAULT": 1.0}, "right": True, "seeds": [233]},
            {"id": "b", "features": {"certainty=possible": 1.0}, "right": False, "seeds": [233]}]
    features = tmp_path / "features.json"
    features.write_text(json.dumps({"rows": rows}), encoding="utf-8")
    assert training.main(["score", "--features", str(features), "--seed", "233"]) == 0
    assert "confidence band" in capsys.readouterr().out


def test_analysed_events_carry_a_confidence(analyse_text):
    analysis = analyse_text("Government troops shelled rebel positions outside the city on Tuesday.")
    assert analysis.events
    assert all(e.confidence is not None and 0.0 <= e.confidence <= 1.0 for e in analysis.events)


@pytest.fixture(scope="module")
def rated_db(tmp_path_factory):
    """A store of one document with a likely, an unlikely and an unrated event."""
    text = "Rebels attacked the convoy. Rebels attacked the town. Rebels attacked the post."
    ents = {**ENTITIES}
    events = []
    for word, conf in (("convoy", 0.9), ("town", 0.1), ("post", None)):
        start = text.index(f"Rebels attacked the {word}")
        events.append(Event(type="ASSAULT", subject=REBELS, object=CONVOY, sentence=f"Rebels attacked the {word}.",
                            start=start, end=start + 20 + len(word), trigger="attacked", trigger_start=start + 7,
                            trigger_end=start + 15, confidence=conf))
    path = tmp_path_factory.mktemp("confidence") / "rated.db"
    with Store(path) as store:
        store.write(Analysis(Document(source="hand:rated", text=text), ents, [], events))
        resolve_corpus(store, load_gazetteer())
    return path


def test_store_export_and_api_filter_on_confidence(rated_db, tmp_path):
    out = tmp_path / "export.json"
    result = CliRunner().invoke(cli, ["export", "--db", str(rated_db), "--min-confidence", "0.5", "-o", str(out)])
    assert result.exit_code == 0, result.output
    kept = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [e["confidence"] for e in kept] == [0.9]
    everything = CliRunner().invoke(cli, ["export", "--db", str(rated_db), "--format", "csv"])
    assert everything.output.count("ASSAULT") == 3
    client = TestClient(create_app(str(rated_db)), base_url="http://localhost")
    assert client.get("/api/events").json()["total"] == 3
    assert client.get("/api/events", params={"min_confidence": 0.05}).json()["total"] == 2
    assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422


def test_cli_rejects_a_confidence_out_of_range_in_one_line(rated_db):
    result = CliRunner().invoke(cli, ["export", "--db", str(rated_db), "--min-confidence", "1.5"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    geo = CliRunner().invoke(cli, ["export", "--db", str(rated_db), "--format", "geojson", "--min-confidence", "0.5"])
    assert geo.exit_code == 1 and "--min-confidence" in geo.output and len(geo.output.strip().splitlines()) == 1
