"""Readers: paths, directories, JSONL files and standard input in; Documents (or errors) out.

`read_inputs` streams: it yields one Document or one InputError at a time, so a batch goes on
past a bad file and memory does not grow with the corpus.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .html import html_to_document
from .text import decode_bytes, text_to_document

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read_inputs(paths: Iterable[str]) -> Iterator[Document | InputError]:
    for given in paths:
        if given == "-":
            yield from read_stdin()
            continue
        path = Path(given)
        if not path.exists() and not path.is_symlink():
            yield InputError(given, "no such file or directory")
        elif path.is_dir():
            yield from read_directory(path)
        else:
            yield from read_file(path, given)


def read_directory(root: Path) -> Iterator[Document | InputError]:
    seen: set[Path] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            real = folder.resolve()
        except (OSError, RuntimeError) as exc:
            yield InputError(str(folder), f"cannot resolve path ({exc})")
            continue
        if real in seen:  # symlink loop
            yield InputError(str(folder), "directory already visited (symlink loop)")
            continue
        seen.add(real)
        try:
            entries = sorted(folder.iterdir())
        except OSError as exc:
            yield InputError(str(folder), f"cannot list directory ({exc.strerror or exc})")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                subdirs.append(entry)
            elif entry.suffix.lower() in SUFFIXES:
                yield from read_file(entry, str(entry))
        stack.extend(reversed(subdirs))


def read_file(path: Path, source: str) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read file ({exc.strerror or exc})")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(data, source)
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield html_to_document(data, source)
        else:
            yield text_to_document(decode_bytes(data, source), source)
    except InputError as exc:
        yield exc


def read_jsonl(data: bytes, source: str) -> Iterator[Document | InputError]:
    text = decode_bytes(data, source) if data else ""
    if not text.strip():
        yield InputError(source, "empty file")
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON line ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSONL record must be a JSON object")
            continue
        try:
            yield record_to_document(record, f"{source}#{record.get('id', lineno)}")
        except InputError as exc:
            yield exc


def record_to_document(record: dict, source: str) -> Document:
    from .metadata import normalise_date  # noqa: PLC0415  (kept local: metadata imports dateparser lazily)

    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        doc = html_to_document(html.encode("utf-8"), source)
    elif isinstance(text, str) and text.strip():
        doc = text_to_document(text, source)
    else:
        raise InputError(source, "record has no 'text' or 'html'")
    authors = record.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    fields = {
        "title": record.get("title") if isinstance(record.get("title"), str) else None,
        "outlet": record.get("outlet") if isinstance(record.get("outlet"), str) else None,
        "published": normalise_date(record.get("published")) if record.get("published") else None,
        "url": record.get("url") if isinstance(record.get("url"), str) else None,
        "authors": tuple(a for a in authors if isinstance(a, str)) if isinstance(authors, list) else None,
    }
    from dataclasses import replace  # noqa: PLC0415
    return replace(doc, **{k: v for k, v in fields.items() if v})


def read_stdin() -> Iterator[Document | InputError]:
    data = sys.stdin.buffer.read()
    text = decode_bytes(data, "stdin") if data else ""
    if not text.strip():
        yield InputError("stdin", "empty input")
        return
    # JSONL on stdin when every non-empty line is a JSON object
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        for i, line in enumerate(lines, 1):
            try:
                record = json.loads(line)
                yield record_to_document(record, f"stdin:{record.get('id', i)}")
            except json.JSONDecodeError as exc:
                yield InputError(f"stdin:{i}", f"malformed JSON line ({exc.msg})")
            except InputError as exc:
                yield exc
        return
    try:
        yield text_to_document(text, "stdin:1")
    except InputError as exc:
        yield exc
