"""The ingest pipeline: workers, per-document errors, progress, the CLI's output modes."""
from __future__ import annotations

import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from newsgraph import progress as progress_module
from newsgraph import worker
from newsgraph.cli import cli
from newsgraph.pipeline import IngestReport, Progress, estimate_total, ingest
from newsgraph.store import Store

TEXTS = {
    "a.txt": "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
    "b.txt": "The United Nations condemned the attack on a hospital in Gaza.",
    "c.txt": "Israel and Egypt agreed to reopen the Rafah crossing, a spokesman said.",
    "d.txt": "Police arrested twelve protesters in Nairobi on Tuesday.",
    "e.txt": "Turkey accused Syrian Kurdish fighters of attacking its troops.",
}


def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(db_path) -> dict:
    """The store's content, independent of row order and ingest time."""
    db = sqlite3.connect(db_path)
    out = {
        "documents": sorted(db.execute("SELECT id, source, text, duplicate_of FROM documents")),
        "inputs": sorted(db.execute("SELECT source, hash, document FROM inputs")),
        "doc_entities": sorted(db.execute("SELECT document, key, name, type FROM doc_entities")),
        "mentions": sorted(db.execute("SELECT document, key, start, end FROM mentions")),
        "events": sorted(db.execute("SELECT id, type, subject_key, object_key FROM events")),
        "entities": sorted(db.execute("SELECT id, name, type, mentions FROM entities")),
        "entity_keys": sorted(db.execute("SELECT key, entity FROM entity_keys")),
    }
    db.close()
    return out


def test_two_workers_give_the_same_store_as_one(tmp_path):
    folder = corpus(tmp_path)
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            report = ingest([str(folder)], store, workers=workers, batch_size=2)
        assert report.ingested == len(TEXTS) and not report.errors
    one, two = snapshot(tmp_path / "w1.db"), snapshot(tmp_path / "w2.db")
    assert len(one["documents"]) == len(TEXTS)
    assert one["entities"], "resolution found no entity at all"
    assert one == two


def test_a_failing_document_is_an_error_and_the_batch_goes_on(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    real = worker.analyse

    def fragile(document, doc, gaz):
        if "Nairobi" in document.text:
            raise ValueError("boom")
        return real(document, doc, gaz)

    monkeypatch.setattr(worker, "analyse", fragile)
    with Store(tmp_path / "s.db") as store:
        report = ingest([str(folder)], store, workers=1, batch_size=16)
        sources = {row["source"] for row in store.documents()}
    assert report.ingested == len(TEXTS) - 1
    # stored names start at the folder given, never at the server's root
    assert [e.source for e in report.errors] == [f"{folder.name}/d.txt"]
    assert "ValueError: boom" in report.errors[0].problem
    assert "\n" not in str(report.errors[0])
    assert f"{folder.name}/e.txt" in sources and f"{folder.name}/d.txt" not in sources

    # The failed document is not recorded as read: a re-run (now healthy) ingests it.
    monkeypatch.setattr(worker, "analyse", real)
    with Store(tmp_path / "s.db") as store:
        again = ingest([str(folder)], store, workers=1)
    assert (again.ingested, again.skipped) == (1, len(TEXTS) - 1)


def test_second_run_changes_nothing(tmp_path):
    folder = corpus(tmp_path)
    with Store(tmp_path / "s.db") as store:
        ingest([str(folder)], store, workers=1)
    before = snapshot(tmp_path / "s.db")
    with Store(tmp_path / "s.db") as store:
        report = ingest([str(folder)], store, workers=1)
    assert (report.ingested, report.skipped) == (0, len(TEXTS))
    assert snapshot(tmp_path / "s.db") == before


def test_estimate_total_counts_files_and_jsonl_lines(tmp_path):
    folder = corpus(tmp_path)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": "x"}) + "\n" for i in range(7)), encoding="utf-8")
    (folder / ".hidden.txt").write_text("not counted", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    assert estimate_total([str(folder), str(feed)]) == len(TEXTS) + 7
    assert estimate_total(["-"]) is None


def test_progress_lines_when_not_a_terminal():
    out = io.StringIO()
    progress = Progress(total=10, stream=out, interval=0)
    progress(IngestReport(ingested=4, skipped=1, seconds=2.0, total=10))
    progress(IngestReport(ingested=9, skipped=1, seconds=4.0, total=10))
    lines = out.getvalue().splitlines()
    assert lines[0] == "progress: 5/10 inputs (4 new, 1 skipped, 0 errors), 2.5 docs/s, about 2s left"
    assert lines[1].startswith("progress: 10/10 inputs (9 new") and "left" not in lines[1]


@pytest.mark.parametrize("uptime", [1.0, 86_400.0])
def test_progress_waits_for_the_interval_but_shows_the_end_once(monkeypatch, uptime):
    # the monotonic clock counts from boot: one second after boot is a clock like any other
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: uptime)
    out = io.StringIO()
    progress = Progress(total=3, stream=out, interval=3600)
    progress(IngestReport(ingested=1, seconds=1.0, total=3))   # first line: shown
    progress(IngestReport(ingested=2, seconds=1.5, total=3))   # within the interval: not shown
    progress(IngestReport(ingested=3, seconds=2.0, total=3))   # the end: shown
    progress(IngestReport(ingested=3, seconds=2.5, total=3))   # the end again: not repeated
    assert [line.split(" inputs")[0] for line in out.getvalue().splitlines()] == \
        ["progress: 1/3", "progress: 3/3"]


def test_cli_progress_and_quiet(tmp_path):
    folder = corpus(tmp_path)
    runner = CliRunner()
    loud = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "a.db"), "--workers", "1"])
    assert loud.exit_code == 0, loud.output
    assert f"progress: {len(TEXTS)}/{len(TEXTS)} inputs" in loud.output
    assert f"{len(TEXTS)} ingested" in loud.output
    quiet = runner.invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "b.db"), "--workers", "1",
                                "--quiet"])
    assert quiet.exit_code == 0, quiet.output
    assert "progress" not in quiet.output
    lines = quiet.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{len(TEXTS)} ingested (0 near-duplicates), 0 already")


def test_cli_errors_file_is_jsonl(tmp_path):
    folder = corpus(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "a.db"), "--workers", "1",
                                      "--quiet", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [r["input"] for r in records] == [str(folder / "empty.txt")]
    assert records[0]["error"]


def test_a_dying_worker_stops_the_run_with_one_line_and_keeps_finished_work(tmp_path, monkeypatch):
    import os

    import pytest

    from newsgraph.errors import NewsgraphError

    folder = corpus(tmp_path)
    real = worker.analyse

    def lethal(document, doc, gaz):  # runs in a forked worker: as if the system killed it
        if "Nairobi" in document.text:
            os._exit(9)
        return real(document, doc, gaz)

    monkeypatch.setattr(worker, "analyse", lethal)
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(NewsgraphError, match="worker process died") as info:
            ingest([str(folder)], store, workers=2, batch_size=1)
        assert "\n" not in str(info.value)
        assert store.integrity_ok()
    monkeypatch.setattr(worker, "analyse", real)
    with Store(tmp_path / "s.db") as store:
        ingest([str(folder)], store, workers=1)
        assert store.count("documents") == len(TEXTS)


def test_entities_are_resolved_again_only_when_needed(tmp_path, monkeypatch):
    folder = corpus(tmp_path)
    calls = []
    import newsgraph.resolve.corpus as corpus_module
    real = corpus_module.resolve_corpus
    monkeypatch.setattr(corpus_module, "resolve_corpus", lambda store, gaz: calls.append(1) or real(store, gaz))
    with Store(tmp_path / "s.db") as store:
        ingest([str(folder)], store, workers=1)
        ingest([str(folder)], store, workers=1)          # nothing new: entities are current
        assert len(calls) == 1
        store.db.execute("UPDATE meta SET value = '1' WHERE name = 'entities_stale'")
        store.db.commit()                                 # as a run killed before resolution leaves it
        ingest([str(folder)], store, workers=1)
        assert len(calls) == 2 and not store.entities_stale("[]")


def test_progress_never_shows_more_done_than_expected():
    out = io.StringIO()
    progress = Progress(total=41, stream=out, interval=0)
    progress(IngestReport(ingested=43, seconds=1.0, total=41))  # the estimate was short
    assert out.getvalue().startswith("progress: 43/43 inputs")


def test_estimate_counts_a_last_line_without_newline(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}', encoding="utf-8")
    assert estimate_total([str(feed)]) == 3
