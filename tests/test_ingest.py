"""Each input format through the public readers (read_inputs) and the `newsgraph ingest` command:
.txt, .md, .html, .jsonl (with its optional fields), directories (recursively) and stdin."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli
from newsgraph.errors import InputError
from newsgraph.ingest import read_inputs

ARTICLE = """Storm floods coastal towns in the north

By Maria Lopez and Omar Haddad

Heavy rain flooded three coastal towns on Monday, officials said.
Rescue teams evacuated 200 people from their homes.
"""

PAGE = """<!DOCTYPE html><html><head>
<title>Ministers meet in Cairo over border crossing | Example News</title>
<meta property="og:title" content="Ministers meet in Cairo over border crossing">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Lena Park">
<meta property="article:published_time" content="2021-03-04T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Ministers meet in Cairo over border crossing</h1>
<p>Foreign ministers of Egypt and Jordan met in Cairo on Thursday to discuss the reopening of the
border crossing, which has been closed since January.</p>
<p>The ministers agreed to set up a joint committee that will report within a month, a spokesman
for the Egyptian foreign ministry said after the meeting.</p>
<p>Trade through the crossing fell sharply after it closed, hurting businesses on both sides.</p>
</article>
<footer>Copyright 2021 Example News. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def documents(items):
    docs = [d for d in items if not isinstance(d, InputError)]
    errors = [e for e in items if isinstance(e, InputError)]
    return docs, errors


def test_text_file(tmp_path):
    path = tmp_path / "storm.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    assert doc.source == str(path)
    assert doc.title == "Storm floods coastal towns in the north"
    assert doc.authors == ("Maria Lopez", "Omar Haddad")
    assert doc.text.startswith("Heavy rain flooded three coastal towns on Monday")
    assert "By Maria" not in doc.text


def test_markdown_file(tmp_path):
    path = tmp_path / "storm.md"
    path.write_text("# " + ARTICLE, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    assert doc.title == "Storm floods coastal towns in the north"
    assert "#" not in doc.text


def test_markdown_syntax_is_removed(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Army withdraws from border town\n\nThe **army** left [Rafah](https://example.org/rafah) "
                    "on *Sunday*, ![map](map.png)residents said.\n", encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    assert doc.title == "Army withdraws from border town"
    assert doc.text == "The army left Rafah on Sunday, residents said."


def test_html_file_main_text_and_page_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    assert doc.title == "Ministers meet in Cairo over border crossing"
    assert doc.outlet == "Example News"
    assert doc.authors == ("Lena Park",)
    assert doc.published == "2021-03-04"
    assert "joint committee" in doc.text and "hurting businesses" in doc.text
    assert "<" not in doc.text and "Privacy" not in doc.text and "Sport" not in doc.text


def test_jsonl_records_with_optional_fields(tmp_path):
    path = tmp_path / "feed.jsonl"
    records = [
        {"id": "r1", "text": "Talks resumed in Doha on Tuesday, mediators said.", "title": "Talks resume",
         "url": "https://example.org/talks", "outlet": "Example Wire", "published": "March 4, 2021",
         "authors": ["Jane Doe", "John Roe"]},
        {"id": 7, "html": PAGE},
        {"text": "A record without an id is named by its line."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs, errors = documents(list(read_inputs([str(path)])))
    assert errors == []
    first, second, third = docs
    assert first.source == f"{path}#r1"
    assert (first.title, first.url, first.outlet, first.published, first.authors) == (
        "Talks resume", "https://example.org/talks", "Example Wire", "2021-03-04", ("Jane Doe", "John Roe"))
    assert second.source == f"{path}#7" and second.outlet == "Example News" and "joint committee" in second.text
    assert third.source == f"{path}#3"


def test_utf16_jsonl_is_read(tmp_path):
    path = tmp_path / "feed16.jsonl"
    lines = [json.dumps({"id": "u1", "text": "Talks \u201cresumed\u201d in Doha."}, ensure_ascii=False),
             json.dumps({"id": "u2", "text": "Mediators met again."})]
    path.write_bytes("\n".join(lines).encode("utf-16"))
    docs, errors = documents(list(read_inputs([str(path)])))
    assert errors == []
    assert [(d.source, d.text) for d in docs] == [(f"{path}#u1", "Talks \u201cresumed\u201d in Doha."),
                                                 (f"{path}#u2", "Mediators met again.")]


def test_html_page_without_paragraph_markup_still_gives_its_text(tmp_path):
    path = tmp_path / "bare.html"
    path.write_text("<html><body><div>Fighting resumed near the airport on Friday, witnesses said.</div>"
                    "</body></html>", encoding="utf-8")
    (doc,) = list(read_inputs([str(path)]))
    assert "Fighting resumed near the airport" in doc.text and "<" not in doc.text


def test_directory_recursion_skips_hidden_and_unknown_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a" / "one.txt").write_text("First article text about the storm.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.md").write_text("Second article text about the flood.", encoding="utf-8")
    (tmp_path / ".hidden" / "three.txt").write_text("Hidden article.", encoding="utf-8")
    (tmp_path / "a" / "notes.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    docs, errors = documents(list(read_inputs([str(tmp_path)])))
    assert errors == []
    assert sorted(Path(d.source).name for d in docs) == ["one.txt", "two.md"]


def test_windows_1252_and_utf16_files_decode(tmp_path):
    cp = tmp_path / "cp1252.txt"
    cp.write_bytes("The minister said \u201cno\u201d to the caf\u00e9 owners.".encode("cp1252"))
    u16 = tmp_path / "utf16.txt"
    u16.write_bytes("The army said \u201cyes\u201d on Monday.".encode("utf-16"))
    docs, errors = documents(list(read_inputs([str(cp), str(u16)])))
    assert errors == []
    assert docs[0].text == "The minister said \u201cno\u201d to the caf\u00e9 owners."
    assert docs[1].text == "The army said \u201cyes\u201d on Monday."


# --- through the command -------------------------------------------------------------------------

def stored(db: Path) -> dict[str, sqlite3.Row]:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    return {row["source"]: row for row in con.execute("SELECT * FROM documents")}


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "storm.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "sub" / "feed.jsonl").write_text(
        json.dumps({"id": "w1", "text": "Police arrested two men in Lagos on Friday.", "outlet": "Lagos Daily"}) + "\n",
        encoding="utf-8")
    return folder


def test_cli_ingests_a_directory_of_formats_and_stdin(corpus, tmp_path):
    db = tmp_path / "t.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(corpus), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    docs = stored(db)
    # named from the folder given on: the store does not record where the server keeps its files
    name = corpus.name
    assert set(docs) == {f"{name}/storm.txt", f"{name}/sub/page.html", f"{name}/sub/feed.jsonl#w1"}
    assert docs[f"{name}/sub/feed.jsonl#w1"]["outlet"] == "Lagos Daily"
    assert json.loads(docs[f"{name}/storm.txt"]["authors"]) == ["Maria Lopez", "Omar Haddad"]

    result = runner.invoke(cli, ["ingest", "-", "--db", str(db), "--workers", "1"],
                           input="Rebels seized the town of Goma on Sunday, residents said.\n")
    assert result.exit_code == 0, result.output
    assert stored(db)["stdin:1"]["text"] == "Rebels seized the town of Goma on Sunday, residents said."

    result = runner.invoke(cli, ["ingest", "-", "--db", str(db), "--workers", "1"],
                           input=json.dumps({"id": "s1", "text": "Protesters marched in Nairobi."}) + "\n{oops\n")
    assert result.exit_code == 0, result.output
    assert "stdin#s1" in stored(db)
    assert "stdin:2: malformed JSON line" in result.output
