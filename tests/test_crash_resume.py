"""Kill `newsgraph ingest` (SIGKILL) mid-run, run it again: every input ends up stored exactly
once, the store passes SQLite's integrity check, and the corpus entities are those of a run that
was never interrupted."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsgraph.pipeline import ingest
from newsgraph.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ACTORS = ["Russian forces", "Ukrainian troops", "Israeli police", "Hamas fighters", "The Kenyan army",
          "Turkish jets", "Syrian rebels", "Iranian officials", "The United Nations", "Egyptian mediators"]
PLACES = ["Kharkiv", "Gaza", "Nairobi", "Aleppo", "Tehran", "Cairo"]
VERBS = ["shelled positions near", "arrested protesters in", "held talks in", "sent aid to", "attacked a convoy near"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
N = 30


def make_corpus(folder) -> None:
    folder.mkdir()
    for i in range(N):
        actor, place = ACTORS[i % len(ACTORS)], PLACES[(i * 7) % len(PLACES)]
        verb, day = VERBS[(i * 3) % len(VERBS)], DAYS[i % len(DAYS)]
        text = (f"{actor} {verb} {place} on {day}, officials said. "
                f"Report number {i} quoted {i + 3} witnesses.")
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")


def snapshot(db_path) -> dict:
    db = sqlite3.connect(db_path)
    out = {
        "documents": sorted(db.execute("SELECT id, source, duplicate_of FROM documents")),
        "inputs": sorted(db.execute("SELECT source, hash, document FROM inputs")),
        "doc_entities": sorted(db.execute("SELECT document, key FROM doc_entities")),
        "mentions": sorted(db.execute("SELECT document, key, start, end FROM mentions")),
        "events": sorted(db.execute("SELECT id, document, type FROM events")),
        "entities": sorted(db.execute("SELECT id, name, type, aliases, mentions FROM entities")),
        "entity_keys": sorted(db.execute("SELECT key, entity FROM entity_keys")),
        "aliases": sorted(db.execute("SELECT entity, alias FROM aliases")),
    }
    db.close()
    return out


def documents_in(db_path) -> int:
    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.1)
        try:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:  # not created yet, or busy
        return 0


def run_cli(folder, db_path) -> subprocess.Popen:
    env = dict(os.environ, NEWSGRAPH_BATCH_SIZE="1")
    return subprocess.Popen(
        [sys.executable, "-c", "from newsgraph.cli import main; main()", "ingest", str(folder),
         "--db", str(db_path), "--workers", "1", "--quiet"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_partway(folder, db_path, rng: random.Random) -> int:
    """Start an ingest, SIGKILL it once it has written a few documents (or at once); how many
    documents it left."""
    wanted = rng.randint(0, N // 3)
    proc = run_cli(folder, db_path)
    deadline = time.monotonic() + 30
    while proc.poll() is None and documents_in(db_path) < wanted and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.02))
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    return documents_in(db_path)


def test_killed_ingest_resumes_to_the_same_store(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus(folder)
    with Store(tmp_path / "reference.db") as store:
        ingest([str(folder)], store, workers=1, batch_size=2)
    expected = snapshot(tmp_path / "reference.db")
    assert len(expected["documents"]) == N and expected["entities"]

    seed = int(os.environ.get("CRASH_SEED") or int.from_bytes(os.urandom(4), "big"))
    print(f"crash test seed: {seed} (replay: CRASH_SEED={seed} pytest tests/test_crash_resume.py)")
    rng = random.Random(seed)
    db_path = tmp_path / "killed.db"
    left = [kill_partway(folder, db_path, rng) for _ in range(2)]
    assert min(left) < N, (seed, "every run finished before it was killed")
    final = run_cli(folder, db_path)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0, (seed, err.decode())

    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()
    got = snapshot(db_path)
    assert sorted(s for s, _, _ in got["inputs"]) == sorted(f"{folder.name}/{p.name}" for p in folder.iterdir()), seed
    for table in expected:
        assert got[table] == expected[table], (seed, table)

    # And once more: nothing left to do, nothing changes.
    again = run_cli(folder, db_path)
    out, err = again.communicate(timeout=120)
    summary = f"0 ingested (0 near-duplicates), {N} already in the store, 0 errors"
    assert again.returncode == 0 and summary in err.decode().splitlines()[-1], (seed, err.decode())
    assert snapshot(db_path) == expected
