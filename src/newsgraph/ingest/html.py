"""HTML pages: main text through trafilatura, never raw tags."""
from __future__ import annotations

from ..errors import InputError
from ..model import Document
from .metadata import clean_text, normalise_date
from .text import decode_bytes


def html_to_document(data: bytes, source: str) -> Document:
    import trafilatura  # noqa: PLC0415  (heavy import, only when HTML is read)

    html = decode_bytes(data, source)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(source, f"cannot parse HTML ({type(exc).__name__})") from exc
    if not text or not text.strip():
        raise InputError(source, "no article text found in the HTML page")
    authors = tuple(a.strip() for a in (meta.author or "").split(";") if a.strip()) if meta else ()
    return Document(
        source=source, text=clean_text(text),
        title=(meta.title or None) if meta else None,
        outlet=(meta.sitename or None) if meta else None,
        authors=authors,
        published=normalise_date(meta.date) if meta and meta.date else None,
        url=(meta.url or None) if meta else None,
    )
