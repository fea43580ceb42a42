"""Readers: paths, directories, JSONL files and standard input in; Documents (or errors) out.

`read_inputs` streams: it yields one Document or one InputError at a time, so a batch goes on
past a bad input and memory does not grow with the corpus. JSONL files and standard input are
read line by line; a text or HTML file is read whole, up to a size limit (MAX_FILE_BYTES,
MAX_HTML_BYTES), beyond which it is rejected unread; a text longer than MAX_CHARS characters is
rejected too (see text.py). Every problem is an InputError: one line naming the input
(PATH, PATH:LINE for a JSONL line, stdin:N) and the reason.
"""
from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Document, content_hash
from .html import html_to_document
from .metadata import normalise_date
from .text import BOMS, MAX_CHARS, decode_bytes, text_to_document

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt", ".text", ""} | MARKDOWN_SUFFIXES
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# A text file can hold MAX_CHARS characters in at most 4 bytes each; pages carry markup besides.
MAX_FILE_BYTES = 4 * MAX_CHARS
MAX_HTML_BYTES = 16 * MAX_CHARS
# One JSONL record (a line) may hold an HTML page.
MAX_LINE_BYTES = MAX_HTML_BYTES


@dataclass(frozen=True, slots=True)
class Page:
    """An HTML page read but not parsed yet: parsing can take long on hostile markup, so the
    pipeline parses pages in its worker processes, under a time budget (see worker.py)."""
    source: str                      # the document's source name
    where: str                       # what an error names: PATH or PATH:LINE
    data: bytes | str
    record: dict | None = None       # the JSONL record the page came in, for its other fields

    @property
    def input_hash(self) -> str:
        """The content hash recorded for the input, known before parsing."""
        raw = self.data if isinstance(self.data, str) else self.data.decode("latin-1")
        return "page:" + content_hash(raw)

    def to_document(self) -> Document:
        try:
            doc = replace(html_to_document(self.data, self.where), source=self.source)
        except InputError as exc:
            raise InputError(self.where, exc.problem) from None
        return with_record_fields(doc, self.record) if self.record is not None else doc


Item = Document | Page | InputError


def read_inputs(paths: Iterable[str], *, defer_html: bool = False,
                short_names: bool = False) -> Iterator[Item]:
    """Documents from files, directories (recursively), JSONL files and "-" (standard input).
    With `defer_html`, HTML pages come as Pages for the caller to parse. With `short_names`,
    documents of an absolute path are named from the last part of that path on (a server must
    not show where its files lie); errors name the path as given either way."""
    for given in paths:
        if given == "-":
            yield from read_stdin()
            continue
        path = Path(given)
        root = path.parent if short_names and path.is_absolute() else None
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists() or path.is_symlink()
        except OSError as exc:  # a name too long, a path through a file
            yield InputError(given, f"cannot access path ({_reason(exc)})")
            continue
        if not exists:
            yield InputError(given, "no such file or directory")
        elif is_dir:
            yield from read_directory(path, root, defer_html)
        else:
            yield from read_file(path, given, _name(path, root), defer_html)


def _name(path: Path, root: Path | None) -> str:
    return str(path.relative_to(root)) if root is not None and root != path else str(path)


def read_directory(folder_given: Path, root: Path | None = None,
                   defer_html: bool = False) -> Iterator[Item]:
    """Every readable file with a known suffix under `root`, depth first, in name order.
    Hidden files and folders are skipped; a folder reached twice (symlink loop) is reported once."""
    seen: set[Path] = set()
    stack = [folder_given]
    while stack:
        folder = stack.pop()
        try:
            real = folder.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            yield InputError(str(folder), f"cannot resolve path ({_reason(exc)})")
            continue
        if real in seen:
            yield InputError(str(folder), "directory already visited (symlink loop), skipped")
            continue
        seen.add(real)
        try:
            entries = sorted(folder.iterdir())
        except OSError as exc:
            yield InputError(str(folder), f"cannot list directory ({_reason(exc)})")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(entry)
            elif entry.suffix.lower() in SUFFIXES:
                yield from read_file(entry, str(entry), _name(entry, root), defer_html)
        stack.extend(reversed(subdirs))


def open_regular(path: Path) -> BinaryIO | None:
    """The file opened for reading, or None when it is not a regular file (a FIFO or device
    would block or never end). Opening never blocks: the type is checked on the open file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


def read_file(path: Path, source: str, name: str | None = None,
              defer_html: bool = False) -> Iterator[Item]:
    """The documents in one file: one for a text or HTML file, one a line for JSONL. Errors
    name `source`; documents are named `name` (default: `source`)."""
    name = name or source
    suffix = path.suffix.lower()
    try:
        fh = open_regular(path)
    except OSError as exc:
        yield InputError(source, f"cannot read file ({_reason(exc)})")
        return
    if fh is None:
        yield InputError(source, "not a regular file")
        return
    with fh:
        try:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl(_utf8_lines(fh), source, name, defer_html)
                return
            limit = MAX_HTML_BYTES if suffix in HTML_SUFFIXES else MAX_FILE_BYTES
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                yield InputError(source, f"file too large ({size / 1e6:.1f} MB; at most {limit / 1e6:.0f} MB "
                                         f"for one article): split it, or make it JSONL, one article a line")
                return
            data = fh.read(limit + 1)
        except OSError as exc:
            yield InputError(source, f"cannot read file ({_reason(exc)})")
            return
    try:
        if suffix in HTML_SUFFIXES:
            page = Page(name, source, data)
            yield page if defer_html else page.to_document()
        else:
            doc = text_to_document(decode_bytes(data, source), source, markdown=suffix in MARKDOWN_SUFFIXES)
            yield replace(doc, source=name)
    except InputError as exc:
        yield exc


def iter_lines(fh: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line of a binary stream, read one line at a time;
    bytes is None for a line longer than `limit`, whose rest is skipped unread into memory."""
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
            continue
        yield lineno, line


def read_jsonl(fh: BinaryIO, source: str, name: str | None = None,
               defer_html: bool = False) -> Iterator[Item]:
    """One Document per line of a JSONL stream; a bad line is an error naming SOURCE:LINE.
    Documents are named NAME#ID (NAME defaults to SOURCE)."""
    name = name or source
    records = 0
    for lineno, line in iter_lines(fh):
        where = f"{source}:{lineno}"
        if line is None:
            records += 1
            yield InputError(where, f"line too long (over {MAX_LINE_BYTES / 1e6:.0f} MB)")
            continue
        if not line.strip():
            continue
        records += 1
        try:
            text = decode_bytes(line.strip(), where)
            if lineno == 1:
                text = text.lstrip("\ufeff")
            record = json.loads(text)
        except InputError as exc:
            yield exc
            continue
        except (json.JSONDecodeError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield InputError(where, f"malformed JSON line ({reason})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSONL record must be a JSON object")
            continue
        record_id = record.get("id")
        has_id = isinstance(record_id, (str, int)) and str(record_id).strip()
        doc_name = f"{name}#{record_id}" if has_id else f"{name}#{lineno}"
        try:
            yield record_to_document(record, doc_name, where, defer_html=defer_html)
        except InputError as exc:
            yield InputError(where, exc.problem)  # FILE:LINE finds the record
    if records == 0:
        yield InputError(source, "empty file")


def record_to_document(record: dict, source: str, where: str | None = None, *,
                       defer_html: bool = False) -> Document | Page:
    """A Document from a JSONL record: `text` or `html`, and optional id, title, url, outlet,
    published, authors. Errors name `where` (FILE:LINE) when given. With `defer_html`, a
    record holding a page comes back as a Page."""
    where = where or source
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        page = Page(source, where, html, record)
        return page if defer_html else page.to_document()
    if isinstance(text, str) and text.strip():
        return with_record_fields(text_to_document(text, source), record)
    raise InputError(where, "record has no 'text' or 'html' string")


def with_record_fields(doc: Document, record: dict) -> Document:
    """The document with the metadata fields its JSONL record states."""
    authors = record.get("authors")
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",")]
    fields = {
        "title": _string(record.get("title")),
        "outlet": _string(record.get("outlet")),
        "published": normalise_date(record.get("published")) if record.get("published") else None,
        "url": _string(record.get("url")),
        "authors": tuple(a.strip() for a in authors if isinstance(a, str) and a.strip())
        if isinstance(authors, list) else None,
    }
    return replace(doc, **{k: v for k, v in fields.items() if v})


def read_stdin() -> Iterator[Item]:
    """Standard input: JSONL when its first non-blank line is a JSON object, else one article."""
    stream = sys.stdin.buffer
    head = b""
    while not head.strip():
        line = stream.readline(MAX_FILE_BYTES + 1)
        if not line:
            yield InputError("stdin", "empty input")
            return
        head += line
    if head.lstrip().lstrip(b"\xef\xbb\xbf").startswith(b"{"):
        yield from read_jsonl(_Chain(head, stream), "stdin")
        return
    data = head + stream.read(MAX_FILE_BYTES + 1 - len(head))
    if len(data) > MAX_FILE_BYTES:
        yield InputError("stdin", f"input too large (over {MAX_FILE_BYTES / 1e6:.0f} MB for one article)")
        return
    try:
        yield text_to_document(decode_bytes(data, "stdin"), "stdin:1")
    except InputError as exc:
        yield exc


class _Chain:
    """A line-readable stream that first gives back bytes already read from it."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self.head, self.rest = head, rest

    def readline(self, limit: int = -1) -> bytes:
        if self.head:
            n = len(self.head) if limit < 0 else limit
            end = self.head.find(b"\n", 0, n)
            cut = end + 1 if end >= 0 else min(n, len(self.head))
            line, self.head = self.head[:cut], self.head[cut:]
            if line.endswith(b"\n") or (0 <= limit <= len(line)):
                return line
            return line + self.rest.readline(-1 if limit < 0 else limit - len(line))
        return self.rest.readline(limit)


class _Recoded:
    """A UTF-16/32 text stream read line by line as UTF-8 bytes."""

    def __init__(self, stream: io.TextIOWrapper):
        self.stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self.stream.readline(limit).encode("utf-8")


def _utf8_lines(fh: BinaryIO) -> BinaryIO | _Recoded:
    """The stream itself, or a recoding reader when it starts with a UTF-16/32 byte-order mark."""
    head = fh.peek(4)[:4] if hasattr(fh, "peek") else b""
    for bom, codec in BOMS:
        if head.startswith(bom):
            return _Recoded(io.TextIOWrapper(fh, encoding=codec, errors="replace", newline="\n"))
    return fh


def _string(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _reason(exc: BaseException) -> str:
    """One line saying why an OS call failed."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split()) or type(exc).__name__
