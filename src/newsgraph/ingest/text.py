"""Plain text and Markdown articles: bytes to text, text to a Document."""
from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..model import Document
from .metadata import clean_text, extract_metadata

# The longest article text accepted, in characters: spaCy's own default `max_length`. A longer
# "article" is a dump of many articles or not an article at all; it is rejected with a clear
# error rather than truncated, because a truncated text would be stored as if it were whole.
MAX_CHARS = 1_000_000
# File signatures of common binary formats, to name what was given instead of text.
MAGIC = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip archive"), (b"BZh91AY", "bzip2 archive"), (b"\xfd7zXZ", "xz archive"),
    (b"RIFF", "RIFF media file"), (b"\x7fELF", "executable"), (b"SQLite format 3", "SQLite database"),
)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (BOM or not), UTF-16/32 with a BOM, else Windows-1252 when the bytes
    read as text in it. Raises InputError for empty, binary or undecodable data."""
    if not data:
        raise InputError(source, "empty file")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"invalid {codec.upper()} text after its byte-order mark ({exc.reason})") from None
    for magic, kind in MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({kind}), not text")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes: keep UTF-8, mark the broken bytes. Text in
    # Windows-1252 almost never holds a valid multi-byte UTF-8 sequence; UTF-8 text with a
    # damaged byte or two holds more valid ones than broken ones.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    valid = sum(1 for c in lenient if ord(c) > 127) - broken
    if valid > 0 and valid >= broken:
        return lenient
    # Windows-1252 (smart quotes as 0x91-0x94): accept when it reads as text, not as noise.
    text = data.decode("cp1252", errors="replace")
    noise = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f"))
    if noise > max(2, len(text) // 200):
        raise InputError(source, "undecodable bytes: neither UTF-8 nor Windows-1252 text")
    return text


def markdown_to_text(text: str) -> str:
    """Plain text from Markdown: links to their words, emphasis marks and images dropped; the
    "#" of headings is kept for extract_metadata, which reads a "# Headline" as the title."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)                 # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)             # [words](url)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)       # **bold**
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", text)  # *italic*
    return re.sub(r"(?m)^\s{0,3}>\s?", "", text)                      # > quotes


def text_to_document(text: str, source: str, *, markdown: bool = False) -> Document:
    """A Document from an article's text: metadata lines read, boilerplate dropped."""
    if markdown:
        text = markdown_to_text(text)
    if not text.strip():
        raise InputError(source, "empty text (only whitespace)")
    if len(text) > MAX_CHARS:
        raise InputError(source, f"text too long ({len(text):,} characters; at most {MAX_CHARS:,} for one article)")
    meta = extract_metadata(text)
    body = clean_text(meta.body)
    if not body.strip():
        raise InputError(source, "no article text (only a headline, byline or boilerplate)")
    return Document(source=source, text=body, title=meta.title, outlet=meta.outlet,
                    authors=meta.authors, published=meta.published)
