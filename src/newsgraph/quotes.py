"""Where a text quotes someone. Two readings on purpose, one per use:

- `quotations`: the words inside quote marks (marks excluded, at least three characters; a curly
  quotation may run to the end of its line, as news paragraphs leave it open). Attribution
  gives a quoted claim to the speaker of the quotation.
- `quoted_stretches`: every stretch from an opening to the next closing mark, marks included.
  Coreference leaves "it" and "they" inside them unresolved: the speaker's words refer to
  the speaker's world.

Merging them would move quote boundaries for one of the two uses (an open curly quote, a
two-letter quotation); keep them apart until a test sentence says otherwise."""
from __future__ import annotations

import re


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations ("..." and curly quotes), quote marks excluded."""
    spans = []
    for m in re.finditer(r"\u201c([^\u201c\u201d]{3,}?)(\u201d|$)", text, flags=re.M):
        spans.append((m.start(1), m.end(1)))
    for m in re.finditer(r'(?<![\w])"([^"\n]{3,}?)"', text):
        spans.append((m.start(1), m.end(1)))
    return sorted(spans)


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """Spans from an opening quote mark to the next closing one, marks included."""
    spans, open_at = [], None
    for i, ch in enumerate(text):
        if ch in "\u201c\"" and open_at is None:
            open_at = i
        elif ch in "\u201d\"" and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    return spans
