"""The unseen pool (newsgraph.evaluation.unseen): bench articles no test file names and no audit entry
comes from, measured on a small store of bench-like documents."""
from __future__ import annotations

import yaml

from newsgraph.evaluation import unseen
from newsgraph.model import Analysis, Document, Entity, Event
from newsgraph.store import Store

ENTITIES = {"gaz:KEN": Entity("gaz:KEN", "Kenya", "COUNTRY", "KEN", {"Kenya"}),
            "gaz:SOM": Entity("gaz:SOM", "Somalia", "COUNTRY", "SOM", {"Somalia"})}
TEXTS = {"bbc-sport-001": ("Kenya attacked Somalia.", 2), "bbc-sport-002": ("Kenya met Somalia.", 1),
         "ecbplus-3_4ecb": ("Kenya sanctioned Somalia.", 1), "bbc-politics-010": ("It rained.", 0)}


def store_and_files(tmp_path, audited_bench_id="bbc-sport-001"):
    db = tmp_path / "bench.db"
    with Store(db) as store:
        for bench_id, (text, n) in TEXTS.items():
            evs = [Event(type=t, subject="gaz:KEN", object="gaz:SOM", sentence=text, start=0, end=len(text))
                   for t in ("ASSAULT", "COERCE")[:n]]
            store.write(Analysis(Document(source=f"articles.jsonl#{bench_id}", text=text), dict(ENTITIES), [], evs))
        store.write(Analysis(Document(source="notes.txt", text="Somalia protested."), dict(ENTITIES), [], []))
        doc = dict((s.rsplit("#", 1)[-1], d) for s, d in store.read.input_documents())[audited_bench_id]
    data = tmp_path / "data"
    (data / "devgold").mkdir(parents=True)
    (data / "devgold" / "part_x.json").write_text('{"doc": "bbc-sport-002"}', encoding="utf-8")
    (data / "blob.bin").write_bytes(b"\xff\xfe bbc-tech-999")   # not text: skipped, not an error
    audit_file = tmp_path / "audit.yaml"
    audit_file.write_text(yaml.safe_dump([{"id": f"{doc}|abc|ASSAULT|Kenya|Somalia", "verdict": "right"}]),
                          encoding="utf-8")
    return db, data, audit_file


def test_unseen_pool_leaves_out_named_and_audited_articles(tmp_path):
    db, data, audit_file = store_and_files(tmp_path)
    with Store(db, readonly=True) as store:
        pool = unseen.bench_pool(store, unseen.named_ids(data), unseen.audited_documents(audit_file))
    assert pool.named == {"bbc-sport-002"}
    assert pool.audited == {"bbc-sport-001"}
    assert pool.unseen == ["bbc-politics-010", "ecbplus-3_4ecb"]   # the non-bench input is no bench article
    assert "unseen 2, holding 1 events" in pool.summary()


def test_unseen_cli_lists_the_pool_and_names_a_bad_store(tmp_path, capsys):
    db, data, audit_file = store_and_files(tmp_path, audited_bench_id="ecbplus-3_4ecb")
    assert unseen.main(["--db", str(db), "--data", str(data), "--audit", str(audit_file), "--list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == ["bbc-politics-010", "bbc-sport-001"] and out[0].startswith("bench articles stored 4;")
    assert unseen.main(["--db", str(tmp_path / "none.db"), "--data", str(data), "--audit", str(audit_file)]) == 1
    err = capsys.readouterr().err
    assert "none.db" in err and len(err.strip().splitlines()) == 1
