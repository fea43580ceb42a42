"""A parsed document's text, built once: spaCy's `Doc.text` joins every token at each call, and
resolution and extraction ask for it many times per document."""
from __future__ import annotations

_KEY = ("newsgraph", "text")


def doc_text(doc) -> str:
    """`doc.text`, computed on the first call and kept in the Doc's user data."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
