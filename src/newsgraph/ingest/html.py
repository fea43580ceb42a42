"""HTML pages: main text through trafilatura, never raw tags; metadata from the page's markup."""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import Document
from .metadata import clean_text, extract_metadata, name_case, normalise_date
from .text import MAX_CHARS, decode_bytes

# trafilatura settings chosen on ../shared/bench/html (benchmarks/html_quality.py): favouring
# precision drops link lists and teasers that recall mode keeps, at almost no loss of body text.
EXTRACT_OPTIONS = {"favor_precision": True, "include_comments": False, "include_tables": True}
# Below this many characters the main-text extraction likely missed the article: try the
# baseline extractor (all paragraph text) and keep whichever found more.
MIN_TEXT_CHARS = 200
JOB_TITLE = re.compile(r"\b(?:writer|reporter|correspondent|editor|contributor|columnist)s?$", re.I)


def extract_html(html: str, source: str) -> tuple[str, object | None]:
    """(main text, trafilatura metadata document or None) of an HTML page."""
    import trafilatura  # noqa: PLC0415  (heavy import, only when HTML is read)
    from trafilatura.settings import set_date_params  # noqa: PLC0415

    # dates only from the page's metadata and markup, not guessed from any date in its text
    date_options = set_date_params(extensive=False)

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, date_extraction_params=date_options,
            **EXTRACT_OPTIONS)
        text = (result.text or "") if result is not None else ""
        if len(text.strip()) < MIN_TEXT_CHARS:
            _, fallback, _ = trafilatura.baseline(html)
            if len(fallback.strip()) > len(text.strip()):
                text = fallback
    except Exception as exc:  # RecursionError included; trafilatura and lxml raise many kinds on broken markup
        raise InputError(source, f"cannot parse HTML ({type(exc).__name__})") from None
    return text, result


def html_to_document(data: bytes | str, source: str) -> Document:
    """A Document from an HTML page: trafilatura's main text, cleaned; title, author, site name
    (as outlet), date and URL from the page's metadata, else from byline lines of the text."""
    html = data if isinstance(data, str) else decode_bytes(data, source)
    if not html.strip():
        raise InputError(source, "empty HTML page")
    text, meta = extract_html(html, source)
    if not text.strip():
        raise InputError(source, "no article text found in the HTML page")
    title = _field(meta, "title")
    lines = extract_metadata(text, find_title=False)  # bylines and credit lines inside the body
    body = clean_text(_drop_repeated_title(lines.body, title))
    if not body:
        raise InputError(source, "no article text found in the HTML page")
    if len(body) > MAX_CHARS:
        raise InputError(source, f"text too long ({len(body):,} characters; at most {MAX_CHARS:,} for one article)")

    authors = page_authors(_field(meta, "author")) or lines.authors
    return Document(
        source=source, text=body, title=title,
        outlet=_site_name(_field(meta, "sitename")) or lines.outlet,
        authors=authors,
        published=normalise_date(_field(meta, "date")) or lines.published,
        url=_field(meta, "url"),
    )


def page_authors(value: str | None) -> tuple[str, ...]:
    """Authors from the page's author field ("A; B"): job titles dropped, capitals as names."""
    parts = (" ".join(p.split()) for p in (value or "").split(";"))
    return tuple(dict.fromkeys(name_case(p) for p in parts if p and not JOB_TITLE.search(p)))


def _field(meta: object | None, name: str) -> str | None:
    value = getattr(meta, name, None) if meta is not None else None
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _site_name(name: str | None) -> str | None:
    """A site name as people write it: "https://www.example.com/" -> "example.com"."""
    if name and re.match(r"^(https?://|www\.)", name, re.I):
        name = re.sub(r"^(https?://)?(www\.)?", "", name, flags=re.I).split("/")[0]
    return name or None


def _drop_repeated_title(text: str, title: str | None) -> str:
    """The text without a first line that repeats the page's headline."""
    if not title:
        return text
    first, _, rest = text.lstrip().partition("\n")
    return rest if " ".join(first.split()).casefold() == title.casefold() else text
