"""Bad input: each bad input is one InputError naming it and the reason, and every good input of
the same batch is still read; through read_inputs and through `newsgraph ingest`."""
from __future__ import annotations

import json
import os
import tracemalloc

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.cli import cli
from newsgraph.errors import InputError
from newsgraph.ingest import MAX_LINE_BYTES, read_inputs
from newsgraph.ingest.text import MAX_CHARS

GOOD = "Troops crossed the border on Monday, the ministry said."
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def read(*paths) -> tuple[list, dict[str, str]]:
    items = list(read_inputs([str(p) for p in paths]))
    docs = [d for d in items if not isinstance(d, InputError)]
    errors = {e.source: e.problem for e in items if isinstance(e, InputError)}
    for message in map(str, (e for e in items if isinstance(e, InputError))):
        assert "\n" not in message
    return docs, errors


def one_error(path) -> str:
    docs, errors = read(path)
    assert docs == [] and list(errors) == [str(path)]
    return errors[str(path)]


def test_missing_path(tmp_path):
    assert "no such file" in one_error(tmp_path / "nope.txt")


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"  \n\t\r\n  ", "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"some text\x00\x01\x02 with NUL bytes", "binary"),
    (bytes(range(128, 256)) * 20, "undecodable"),
])
def test_empty_binary_and_undecodable_files(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert reason in one_error(path)


def test_text_over_the_size_cap_is_rejected_unread(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # 50 MB of text
        chunk = ("word " * 200_000).encode()
        for _ in range(50):
            fh.write(chunk)
    line = tmp_path / "line.txt"
    line.write_bytes(b"x" * 10_000_000)  # one 10 MB line
    tracemalloc.start()
    docs, errors = read(big, line)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert docs == []
    assert "too large" in errors[str(big)] and "too large" in errors[str(line)]
    assert peak < 5_000_000


def test_text_just_over_max_chars_is_rejected(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("a " * (MAX_CHARS // 2 + 10), encoding="utf-8")
    assert "too long" in one_error(path)


def test_broken_and_deeply_nested_html_do_not_crash(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><p>" + GOOD + " <b>Unclosed <i>tags and a long enough paragraph "
                      "to be taken for the article text itself.</p></div></span><p>" + GOOD, encoding="utf-8")
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 50_000 + "<p>" + GOOD + "</p>" + "</div>" * 50_000, encoding="utf-8")
    garbage = tmp_path / "garbage.html"
    garbage.write_text("<<<>>></p><!-- <html <body", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    docs, errors = read(broken, deep, garbage, good)
    by_source = {d.source: d for d in docs}
    assert "Unclosed tags" in by_source[str(broken)].text and "<" not in by_source[str(broken)].text
    assert str(good) in by_source
    assert set(by_source) | set(errors) == {str(broken), str(deep), str(garbage), str(good)}


def test_malformed_jsonl_lines_name_file_and_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "text": GOOD}),
        "{not json",
        "[1, 2, 3]",
        json.dumps({"id": "c", "title": "no body"}),
        "",
        json.dumps({"id": "d", "text": "Police arrested two men on Friday."}),
    ]) + "\n", encoding="utf-8")
    docs, errors = read(path)
    assert [d.source for d in docs] == [f"{path}#a", f"{path}#d"]
    assert "malformed JSON" in errors[f"{path}:2"]
    assert "JSON object" in errors[f"{path}:3"]
    assert "no 'text' or 'html'" in errors[f"{path}:4"]


def test_jsonl_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "huge", "text": "y" * (MAX_LINE_BYTES + 10)}) + "\n")
        fh.write(json.dumps({"id": "after", "text": GOOD}) + "\n")
    docs, errors = read(path)
    assert [d.source for d in docs] == [f"{path}#after"]
    assert "too long" in errors[f"{path}:1"]


def test_jsonl_is_read_line_by_line(tmp_path):
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as fh:  # about 6 MB
        for i in range(3000):
            fh.write(json.dumps({"id": i, "text": f"Rebels shelled town {i} at dawn. " + "They fled. " * 180}) + "\n")
    tracemalloc.start()
    count = sum(1 for item in read_inputs([str(path)]) if not isinstance(item, InputError))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 3000
    assert peak < 2_000_000  # a few records at a time, not the file


def test_empty_jsonl_file(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert "empty" in one_error(path)


def test_symlink_loops(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "back").symlink_to(folder)
    docs, errors = read(folder)
    assert [d.source for d in docs] == [str(folder / "ok.txt")]
    assert "symbolic links" in errors[str(folder / "self.txt")]
    assert "symlink loop" in errors[str(folder / "back")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in one_error(fifo)


@pytest.mark.skipif(AS_ROOT, reason="root reads files whatever their permissions")
def test_unreadable_file_and_directory(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0)
    try:
        docs, errors = read(path, folder)
        assert "cannot read" in errors[str(path)] and "cannot list" in errors[str(folder)]
    finally:
        path.chmod(0o600)
        folder.chmod(0o700)


def test_a_directory_given_as_a_file_name_and_odd_paths(tmp_path):
    docs, errors = read(tmp_path / "x" / "y.txt", tmp_path / ("n" * 300))
    assert docs == [] and len(errors) == 2


# --- through the command -------------------------------------------------------------------------

def test_cli_reports_each_bad_input_on_one_line_and_ingests_the_rest(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "feed.jsonl").write_text("{broken\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Protesters marched in Nairobi on Tuesday.", encoding="utf-8")
    db = tmp_path / "out.db"
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), str(tmp_path / "missing.txt"),
                                      "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    error_lines = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(error_lines) == 4
    for name in ("empty.txt", "img.txt", "feed.jsonl:1", "missing.txt"):
        assert sum(name in ln for ln in error_lines) == 1
    assert "2 ingested" in result.output


def test_cli_exits_non_zero_when_nothing_could_be_ingested(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                                      "--db", str(tmp_path / "out.db"), "--workers", "1"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len([ln for ln in result.output.splitlines() if ln.startswith("error:")]) == 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=60) | st.builds(json.dumps, st.dictionaries(
    st.sampled_from(["id", "text", "html", "title", "authors", "published"]),
    st.none() | st.integers() | st.text(max_size=40) | st.lists(st.text(max_size=10), max_size=3))), max_size=8))
def test_jsonl_reader_never_crashes(lines):
    import io

    from newsgraph.ingest import read_jsonl
    data = b"\n".join(ln.encode() if isinstance(ln, str) else ln.replace(b"\n", b" ") for ln in lines)
    for item in read_jsonl(io.BytesIO(data), "feed.jsonl"):
        if isinstance(item, InputError):
            assert item.source.startswith("feed.jsonl") and "\n" not in str(item)
        else:
            assert item.text.strip() and item.source.startswith("feed.jsonl#")
