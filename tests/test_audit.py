"""The precision audit's command line: one report per seed, PLOVER events counted apart from the
standing relations, and --write keeping the file's record of runs."""
from __future__ import annotations

from collections import Counter

from newsgraph.evaluation import audit
from test_evaluation import bench_store


def test_audit_reports_each_seed_and_keeps_the_record_of_runs(tmp_path, capsys):
    db = bench_store(tmp_path)
    file = tmp_path / "audit.yaml"
    file.write_text("# Precision audit.\n# runs:\n#   - seed 1: our own note\n[]\n", encoding="utf-8")
    assert audit.main(["--db", str(db), "--seed", "1", "--seed", "2", "--size", "2", "--write", "--quiet",
                       "--file", str(file)]) == 0
    out = capsys.readouterr().out
    assert "seed 1: sample 2" in out and "seed 2: sample 2" in out
    text = file.read_text(encoding="utf-8")
    assert text.startswith("# Precision audit.\n# runs:\n#   - seed 1: our own note\n")
    written = audit.load_judgements(file)
    drawn = {ev.identity for seed in (1, 2) for ev in audit.draw(audit_events(db), 2, seed)}
    assert set(written) == drawn and all(e["verdict"] is None for e in written.values())


def test_plover_precision_leaves_out_the_standing_relations():
    summary = audit.AuditSummary(judged=3, right=2, reasons=Counter({"not an event": 1}), unjudged=[],
                                 by_type={"LEADERSHIP": (2, 2), "ASSAULT": (1, 0)})
    assert summary.plover == (1, 0)
    assert "PLOVER events (without AFFILIATION/LEADERSHIP) 0/1" in audit.report(summary, 3, seed=5)


def audit_events(db):
    from newsgraph.store import Store
    with Store(db, readonly=True) as store:
        return audit.store_events(store)
