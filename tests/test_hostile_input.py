"""The hostile-input corpus: inputs and stores built to stall, crash or leak, generated here in
temporary folders. Each must end in a one-line error (or a skip) while the rest goes on."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph import config, worker
from newsgraph.cli import cli
from newsgraph.errors import ConfigError, StoreError
from newsgraph.ingest.metadata import split_byline
from newsgraph.ingest.text import decode_bytes
from newsgraph.model import Document
from newsgraph.pipeline import estimate_total, ingest
from newsgraph.store import APPLICATION_ID, Store

ARTICLE = "Police in {place} arrested {n} protesters on Monday, officials said."
PLACES = ["Nairobi", "Lagos", "Cairo", "Kharkiv", "Aleppo", "Gaza"]


def articles(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = ARTICLE.format(place=PLACES[i % len(PLACES)], n=i + 2) + f" Report {i}."
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def interruptible() -> None:
    # A run started from a terminal takes Ctrl-C; one started by a test runner that was itself put in the
    # background inherits SIGINT ignored (POSIX shells ignore it for `cmd &`), and Python then never
    # turns it into KeyboardInterrupt. Give the child a terminal's disposition.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_cli(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "from newsgraph.cli import main; main()", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})},
                            preexec_fn=interruptible)


# --- inputs that block --------------------------------------------------------------------------

@pytest.mark.timeout(300)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_and_a_device_named_jsonl_neither_block_counting_nor_ingest(tmp_path):
    folder = articles(tmp_path / "in", 2)
    os.mkfifo(folder / "pipe.jsonl")          # nobody ever writes: opening it to read would block
    os.symlink("/dev/zero", folder / "zero.jsonl")  # endless
    assert estimate_total([str(folder)]) == 4
    with Store(tmp_path / "s.db") as store:
        report = ingest([str(folder)], store, workers=1)
    assert report.ingested == 2
    assert sorted(Path(e.source).name for e in report.errors) == ["pipe.jsonl", "zero.jsonl"]
    assert all("not a regular file" in e.problem for e in report.errors)


# --- pages that stall the parser ------------------------------------------------------------------

def attribute_bomb(n: int) -> str:
    attributes = " ".join(f'a{i}="x"' for i in range(n))
    return f"<html><body><div {attributes}><p>{'Police arrested two men. ' * 20}</p></div></body></html>"


@pytest.mark.timeout(300)
@pytest.mark.parametrize("workers", [1, 2])
def test_a_page_too_costly_to_parse_is_an_error_and_the_batch_goes_on(tmp_path, workers):
    folder = articles(tmp_path / "in", 3)
    (folder / "bomb.html").write_text(attribute_bomb(200_000), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = ingest([str(folder)], store, workers=workers, batch_size=2, html_seconds=1.0)
        assert store.count("documents") == 3
    assert report.ingested == 3
    (error,) = report.errors
    assert error.source == str(folder / "bomb.html") and "too costly to parse" in error.problem


def test_run_with_budget_gives_back_results_and_errors():
    assert worker.run_with_budget(len, "four", 30) == 4
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        worker.run_with_budget(lambda x: 1 / x, 0, 30)
    with pytest.raises(worker.OutOfTime):
        worker.run_with_budget(time.sleep, 60, 0.5)


# --- long articles --------------------------------------------------------------------------------

def test_pieces_cover_the_text_and_cut_at_paragraphs():
    text = "\n\n".join(f"Paragraph {i}. " + "Words go on here. " * 30 for i in range(40))
    cut = worker.pieces(text, 2_000)
    assert "".join(p for _, p in cut) == text
    assert all(len(p) <= 2_000 for _, p in cut) and len(cut) > 1
    assert all(text[offset:offset + len(p)] == p for offset, p in cut)
    assert all(p.endswith("\n\n") for _, p in cut[:-1])


def test_a_long_text_analysed_in_pieces_keeps_offsets_into_the_whole_text(nlp, gazetteer):
    paragraphs = [ARTICLE.format(place=PLACES[i % len(PLACES)], n=i + 2) for i in range(60)]
    text = "\n\n".join(paragraphs)
    whole = worker.analyse_long(Document(source="long", text=text), nlp, gazetteer, size=700)
    assert whole.mentions and whole.events
    for m in whole.mentions:
        assert text[m.start:m.end] == m.text
        assert m.entity in whole.entities
    for ev in whole.events:
        assert text[ev.start:ev.end] == ev.sentence
        assert ev.trigger_start < 0 or text[ev.trigger_start:ev.trigger_end] == ev.trigger
    places = {whole.entities[m.entity].name for m in whole.mentions if m.text in PLACES}
    assert places >= {"Nairobi", "Lagos"}


# --- two ingests at once --------------------------------------------------------------------------

@pytest.mark.timeout(600)
def test_two_concurrent_ingests_of_the_same_articles_store_each_once(tmp_path):
    folder = articles(tmp_path / "in", 120)
    db = tmp_path / "s.db"
    runs = [run_cli("ingest", str(folder), "--db", str(db), "--workers", "1", "--quiet",
                    env={"NEWSGRAPH_BATCH_SIZE": "4"}) for _ in range(2)]
    outcomes = [(proc.wait(timeout=500), proc.communicate()[1].decode()) for proc in runs]
    for code, err in outcomes:
        assert code == 0 and "Traceback" not in err, err
    ingested = [int(err.splitlines()[-1].split()[0]) for _, err in outcomes]
    assert sum(ingested) == 120
    with Store(db, readonly=True) as store:
        assert store.count("documents") == 120 and store.count("inputs") == 120
        assert store.integrity_ok()


# --- stores that are not ours ---------------------------------------------------------------------

def foreign_database(path: Path, with_documents: bool) -> bytes:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    if with_documents:
        db.execute("CREATE TABLE documents (id TEXT, title TEXT)")
    db.execute("INSERT INTO notes(body) VALUES ('my data')")
    db.commit()
    db.close()
    return path.read_bytes()


@pytest.mark.parametrize("with_documents", [False, True])
def test_another_applications_database_is_refused_and_left_byte_identical(tmp_path, with_documents):
    path = tmp_path / "other.db"
    before = foreign_database(path, with_documents)
    for readonly in (False, True):
        with pytest.raises(StoreError, match="not a newsgraph store") as info:
            Store(path, readonly=readonly)
        assert "\n" not in str(info.value)
    result = CliRunner().invoke(cli, ["ingest", str(articles(tmp_path / "in", 1)), "--db", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not a database\n" * 100, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(StoreError):
        Store(path)
    assert path.read_bytes() == before


def test_a_new_store_is_marked_as_newsgraphs(tmp_path):
    with Store(tmp_path / "s.db"):
        pass
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_a_store_that_cannot_be_opened_read_only_is_read_as_immutable(sample_db, monkeypatch):
    real = sqlite3.connect

    def no_plain_read_only(database, *args, **kwargs):
        if "mode=ro" in str(database):  # what a read-only mount does to a WAL store
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", no_plain_read_only)
    with Store(sample_db, readonly=True) as store:
        assert store.count("documents") == 5


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root writes whatever the permissions")
def test_a_store_in_a_read_only_folder_still_exports(sample_db, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "s.db").write_bytes(Path(sample_db).read_bytes())
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = CliRunner().invoke(cli, ["export", "--db", str(folder / "s.db")])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["documents"]
    finally:
        folder.chmod(stat.S_IRWXU)


# --- names, signals and settings ------------------------------------------------------------------

def test_control_characters_in_file_names_cannot_forge_error_lines(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x\nerror: forged.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--quiet"])
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "x\\nerror: forged.txt" in errors[0]


@pytest.mark.timeout(300)
@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="needs SIGTERM")
def test_sigterm_says_what_was_kept(tmp_path):
    folder = articles(tmp_path / "in", 200)
    db = tmp_path / "s.db"
    proc = run_cli("ingest", str(folder), "--db", str(db), "--workers", "1", "--quiet",
                   env={"NEWSGRAPH_BATCH_SIZE": "1"})
    while proc.poll() is None and not documents_in(db):
        time.sleep(0.01)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.fail("the ingest finished before it could be stopped: give it more articles")
    assert proc.returncode == 143
    assert "stopped (SIGTERM)" in err.decode() and "are kept" in err.decode()
    assert "Traceback" not in err.decode()


def documents_in(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize(("name", "value"), [("WORKERS", "many"), ("WORKERS", "-3"), ("BATCH_SIZE", "0"),
                                             ("HTML_TIMEOUT", "nan"), ("HTML_TIMEOUT", "inf")])
def test_odd_settings_are_one_line_errors(tmp_path, monkeypatch, name, value):
    monkeypatch.setenv(f"NEWSGRAPH_{name}", value)
    with pytest.raises(ConfigError, match=f"NEWSGRAPH_{name}"):
        config.resolve(name.lower())
    result = CliRunner().invoke(cli, ["ingest", str(articles(tmp_path / "in", 1)), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [result.output.strip()] and f"NEWSGRAPH_{name}" in result.output


def test_odd_string_settings_do_not_reach_other_tests(monkeypatch):
    # conftest clears NEWSGRAPH_* for every test: what this one sets is gone in the next
    monkeypatch.setenv("NEWSGRAPH_DB", "/nonexistent/\n/odd.db")
    assert config.resolve("db") == "/nonexistent/\n/odd.db"


def test_no_newsgraph_setting_leaks_into_a_test():
    assert not [name for name in os.environ if name.startswith("NEWSGRAPH_")]


# --- text that is almost right --------------------------------------------------------------------

def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8():
    good = "Protesters in Köln and Zürich said the café stayed open. ".encode()
    text = decode_bytes(good * 3 + b"A damaged byte \xff here.", "x")
    assert "Köln" in text and "Zürich" in text and "\ufffd" in text
    assert decode_bytes(b"He said \x93enough\x94 at the caf\xe9.", "x") == "He said \u201cenough\u201d at the café."


@pytest.mark.parametrize("byline", ["The Russian and Syrian defense ministries",
                                    "The Russian and Syrian Defense Ministries"])
def test_a_noun_phrase_byline_is_not_two_authors(byline):
    assert split_byline(byline)[0] == ()
    assert split_byline("Jane Doe and John Smith")[0] == ("Jane Doe", "John Smith")


@pytest.mark.timeout(120)
def test_serve_on_port_zero_binds_a_free_port_and_says_which(sample_db):
    import re
    import urllib.request

    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(sample_db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", proc.stdout.readline())
        assert found and int(found.group(1)) > 0
        base = f"http://127.0.0.1:{found.group(1)}"
        for _ in range(200):
            try:
                with urllib.request.urlopen(base + "/api/documents?limit=1", timeout=5) as response:
                    assert response.headers["X-Content-Type-Options"] == "nosniff"
                    assert json.load(response)["total"] == 5
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read()
                time.sleep(0.1)
        else:
            pytest.fail("the server never answered")
        foreign = urllib.request.Request(base + "/api/documents", headers={"Host": "rebound.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(foreign, timeout=5)
        assert refused.value.code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.timeout(900)
def test_ctrl_c_stops_a_run_while_a_worker_is_stuck_in_a_page(tmp_path):
    folder = articles(tmp_path / "in", 12)
    (folder / "zzz-bomb.html").write_text(attribute_bomb(200_000), encoding="utf-8")
    db = tmp_path / "s.db"
    proc = run_cli("ingest", str(folder), "--db", str(db), "--workers", "2", "--quiet",
                   env={"NEWSGRAPH_BATCH_SIZE": "1", "NEWSGRAPH_HTML_TIMEOUT": "600"})
    while proc.poll() is None and documents_in(db) < 12:  # all but the bomb stored: a worker is inside it
        time.sleep(0.01)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    # the page alone would hold the run for its 600 s budget; a stopped worker ends it well before,
    # even on a machine so busy that the run's own shutdown takes minutes
    _, err = proc.communicate(timeout=400)
    assert proc.returncode == 130, err.decode()
    assert "stopped (interrupted)" in err.decode() and "Traceback" not in err.decode()
