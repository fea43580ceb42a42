"""Plain text and Markdown articles."""
from __future__ import annotations

from ..errors import InputError
from ..model import Document
from .metadata import clean_text, extract_metadata


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    if not data:
        raise InputError(source, "empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid UTF-16 ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(8, len(text) // 100):
            raise InputError(source, "undecodable bytes: neither UTF-8 nor Windows-1252 text") from None
        return text


def text_to_document(text: str, source: str) -> Document:
    meta = extract_metadata(text)
    body = clean_text(meta.body)
    if not body.strip():
        raise InputError(source, "no article text")
    return Document(source=source, text=body, title=meta.title, outlet=meta.outlet,
                    authors=meta.authors, published=meta.published)
