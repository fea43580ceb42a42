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


def test_slices_give_precision_per_value_of_each_dimension(tmp_path, capsys):
    db = bench_store(tmp_path)
    events = audit_events(db)
    file = tmp_path / "audit.yaml"
    # the sanction is judged wrong, every other event right
    audit.save_judgements(file, {ev.identity: {**audit.template(ev), "verdict": "right"} for ev in events})
    judged = audit.load_judgements(file)
    sanction = next(ev.identity for ev in events if ev.type == "SANCTION")
    judged[sanction].update(verdict="wrong", reason="not an event")
    audit.save_judgements(file, judged)
    assert audit.main(["--db", str(db), "--seed", "3", "--size", "10", "--slices", "--quiet",
                       "--file", str(file)]) == 0
    out = capsys.readouterr().out
    lines = [line.split() for line in out.splitlines()]
    assert ["SANCTION", "0/1", "(0.00)"] in lines and ["ASSAULT", "1/1", "(1.00)"] in lines
    # Kenya (a COUNTRY) acts in all four; three act on Somalia, the protest on no one
    assert ["two-sided", "2/3", "(0.67)"] in lines and ["subject", "only", "1/1", "(1.00)"] in lines
    assert ["COUNTRY", "3/4", "(0.75)"] in lines and ["affirmed", "3/4", "(0.75)"] in lines
    assert ["general", "3/4", "(0.75)"] in lines      # three-word texts are of no domain


def test_slice_counts_keep_unjudged_events_apart():
    from newsgraph.evaluation import audit_slices
    values = {d: "x" for d in audit_slices.DIMENSIONS}
    table = audit_slices.tabulate({"a": values, "b": values, "c": {**values, "type": "y"}},
                                  {"a": "right", "b": "wrong"})
    assert (table["type"]["x"].judged, table["type"]["x"].right, table["type"]["y"].sampled) == (2, 1, 1)
    text = audit_slices.slices_report(table)
    assert "0/0   (0.00), 1 not judged" in text and "1/2   (0.50)" in text
    assert audit_slices.sides("-", "Somalia") == "object only" and audit_slices.sides("-", "-") == "no side"


def test_a_redrawn_sample_lists_the_events_no_longer_made_and_takes_the_next_ranked():
    from newsgraph.evaluation import audit_reanalyse
    ranked = [audit.AuditEvent(f"d{i}|h|ASSAULT|a|b", "src", f"sentence {i}", "ASSAULT", "a", "b", "hit",
                               "asserted", False) for i in range(6)]
    gone = {"sentence 1", "sentence 4"}
    made = lambda doc: {(f"sentence {i}", "ASSAULT", "hit") for i in range(6) if f"sentence {i}" not in gone}  # noqa: E731
    redrawn = audit_reanalyse.redraw(ranked, 3, made)
    assert [ev.sentence for ev in redrawn.removed] == ["sentence 1"]          # only the sample's own
    assert [ev.sentence for ev in redrawn.sample] == ["sentence 0", "sentence 2", "sentence 3"]


def test_reanalysing_a_store_with_the_code_that_built_it_removes_nothing(tmp_path, capsys):
    import subprocess
    import sys
    article = tmp_path / "a.txt"
    article.write_text("Kenya accused Somalia of backing the militants. Kenyan police arrested twelve "
                       "protesters in Nairobi. Somalia rejected the accusation.", encoding="utf-8")
    db = tmp_path / "real.db"
    subprocess.run([sys.executable, "-m", "newsgraph", "ingest", str(article), "--db", str(db), "--quiet",
                    "--workers", "1"], check=True, capture_output=True)
    file = tmp_path / "audit.yaml"
    assert audit.main(["--db", str(db), "--seed", "4", "--size", "3", "--reanalyse", "--quiet",
                       "--file", str(file)]) == 0
    out = capsys.readouterr().out
    assert "seed 4: 0 sampled events no longer made" in out and "seed 4: sample 3" in out
    assert "seed 4: 0 sampled events changed" in out


def test_a_quiet_reanalysis_counts_the_lost_events_by_verdict_and_shows_none(tmp_path, capsys, monkeypatch):
    # --quiet measures seeds whose events nobody changing the code may read: counts, never sentences
    from newsgraph.evaluation import audit_reanalyse
    from newsgraph.model import Analysis
    db = bench_store(tmp_path)
    sample = audit.draw(audit_events(db), 3, 1)
    file = tmp_path / "audit.yaml"
    entries = {ev.identity: {**audit.template(ev), "verdict": "right"} for ev in sample[:2]}
    entries[sample[1].identity].update(verdict="wrong", reason="not an event")
    audit.save_judgements(file, entries)
    real = audit_reanalyse.Reanalyser
    monkeypatch.setattr(audit_reanalyse, "Reanalyser",
                        lambda store: real(store, lambda document: Analysis(document)))   # makes nothing
    assert audit.main(["--db", str(db), "--seed", "1", "--size", "3", "--reanalyse", "--quiet",
                       "--file", str(file)]) == 0
    out = capsys.readouterr().out
    assert "seed 1: 3 sampled events no longer made (right 1, wrong 1, unjudged 1)" in out
    assert not any(ev.sentence in out for ev in sample)


def test_reanalysis_lists_the_events_whose_sides_or_flags_changed_with_their_old_judgement(tmp_path):
    from newsgraph.evaluation import audit_reanalyse
    from newsgraph.model import Analysis, Event
    from newsgraph.store import Store
    from test_evaluation import ENTITIES
    made_now = {"Kenya beat Somalia.": [("CONSULT", "gaz:KEN", "gaz:SOM", "asserted")],      # its ASSAULT is gone
                "Kenya sanctioned Somalia.": [("SANCTION", "gaz:KEN", "ARMED_GROUP:shabaab", "asserted"),
                                              ("PROTEST", "gaz:KEN", None, "possible")]}

    def analyse_text(document):
        text = document.text
        return Analysis(document, dict(ENTITIES), [], [
            Event(type=t, subject=s, object=o, certainty=c, sentence=text, start=0, end=len(text))
            for t, s, o, c in made_now.get(text, [])])

    with Store(bench_store(tmp_path), readonly=True) as store:
        events = audit.store_events(store)
        made = audit_reanalyse.Reanalyser(store, analyse_text)
        redrawn = audit_reanalyse.redraw(audit.draw(events, len(events), 1), len(events), made, made.versions)
    assert [ev.type for ev in redrawn.removed] == ["ASSAULT"]
    assert {c.old.type: c.differences() for c in redrawn.changed} == {
        "SANCTION": ["object Somalia -> al-Shabaab"], "PROTEST": ["certainty asserted -> possible"]}
    sanction = next(c for c in redrawn.changed if c.old.type == "SANCTION")
    assert sanction.new in redrawn.sample and sanction.old not in redrawn.sample
    assert sanction.new.identity == audit.identity(sanction.old.identity.split("|")[0], "Kenya sanctioned Somalia.",
                                                   "SANCTION", "Kenya", "al-Shabaab")
    judgements = {ev.identity: {**audit.template(ev), "verdict": "right"} for ev in events}
    judgements[sanction.old.identity].update(verdict="wrong", reason="wrong object")
    lines = audit_reanalyse.change_lines(redrawn.changed, judgements)
    assert f"changed: {sanction.old.identity}  object Somalia -> al-Shabaab  [judged wrong (wrong object)]" in lines
    # the changed events count as unjudged in the redrawn sample: only the CONSULT keeps its verdict
    assert audit.summarise(redrawn.sample, judgements).judged == 1


def test_a_judgement_made_on_other_certainty_or_negation_is_judged_again(tmp_path, capsys):
    db = bench_store(tmp_path)
    file = tmp_path / "audit.yaml"
    sample = audit.draw(audit_events(db), 3, 1)
    entries = {ev.identity: {**audit.template(ev), "verdict": "right"} for ev in sample}
    changed, legacy, same = sample
    flipped = "asserted" if changed.certainty != "asserted" else "possible"
    entries[changed.identity].update(certainty=flipped, verdict="wrong", reason="wrong negation or certainty")
    for key in ("certainty", "negated"):
        del entries[legacy.identity][key]   # written before flags were recorded: holds for any
    audit.save_judgements(file, entries)
    judgements = audit.load_judgements(file)
    assert audit.judgement_of(changed, judgements) is None
    assert audit.judgement_of(legacy, judgements)["verdict"] == "right"
    assert audit.judgement_of(same, judgements)["verdict"] == "right"
    summary = audit.summarise(sample, judgements)
    assert (summary.judged, summary.right, summary.unjudged) == (2, 2, [changed])

    assert audit.main(["--db", str(db), "--seed", "1", "--size", "3", "--write", "--quiet", "--file", str(file)]) == 0
    rewritten = audit.load_judgements(file)[changed.identity]
    assert rewritten["verdict"] is None and rewritten["certainty"] == changed.certainty
    assert rewritten["note"].startswith(f"judged wrong (wrong negation or certainty) when {flipped}")
    assert "added 1 unjudged events" in capsys.readouterr().out


def test_an_event_whose_sentence_now_gives_only_another_stored_event_is_removed_not_changed():
    from newsgraph.evaluation import audit_reanalyse
    ranked = [audit.AuditEvent(f"d|h|ASSAULT|police|{victim}", "src", "Police shot two men.", "ASSAULT", "police",
                               victim, "shot", "asserted", False) for victim in ("men", "two men")]
    kept = audit_reanalyse.Made("Police shot two men.", "ASSAULT", "shot", "police", "two men", "asserted", False)
    redrawn = audit_reanalyse.redraw(ranked, 2, lambda doc: {kept.key}, lambda doc: [kept])
    assert [ev.object for ev in redrawn.removed] == ["men"] and redrawn.changed == []
    assert [ev.object for ev in redrawn.sample] == ["two men"]


def test_events_of_held_out_dev_set_articles_are_not_shown():
    from newsgraph.evaluation.audit import show
    from newsgraph.evaluation.audit_event import AuditEvent
    from newsgraph.evaluation.devgold import held_out_articles, load_sets

    held_out = held_out_articles()
    sets = load_sets()
    assert set(sets["held_out"]["articles"]) <= held_out
    assert not set(sets["tuning"]["articles"]) & held_out
    article = sorted(sets["held_out"]["articles"])[0]
    ev = AuditEvent("doc_x|abc|ASSAULT|Rebels|Villagers", f"bench.jsonl#{article}", "Rebels attacked the village.",
                    "ASSAULT", "Rebels", "Villagers", "attacked", "asserted", False)
    assert "Rebels attacked" not in show(1, ev, None, held_out)
    assert "Rebels attacked" in show(1, ev, None)
    other = AuditEvent(ev.identity, "bench.jsonl#not-a-dev-article", ev.sentence, "ASSAULT", "Rebels", "Villagers",
                       "attacked", "asserted", False)
    assert "Rebels attacked" in show(1, other, None, held_out)


def test_a_quiet_audit_counts_the_unjudged_events_without_their_ids(tmp_path, capsys):
    db = bench_store(tmp_path)
    sample = audit.draw(audit_events(db), 3, 1)
    assert audit.main(["--db", str(db), "--seed", "1", "--size", "3", "--quiet",
                       "--file", str(tmp_path / "none.yaml")]) == 0
    out = capsys.readouterr().out
    assert "not judged yet (3)" in out and not any(ev.identity in out for ev in sample)
    assert audit.main(["--db", str(db), "--seed", "1", "--size", "3", "--file", str(tmp_path / "none.yaml")]) == 0
    out = capsys.readouterr().out
    assert all(ev.identity in out for ev in sample)
