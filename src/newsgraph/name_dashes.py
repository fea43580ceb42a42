"""Names cut at a dash written apart. News sets a gloss or an aside off with a spaced dash
("Veritas - Latin for truth - will...", "Arsene Wenger - he has always said..."), and the
recogniser often runs a name on across it, into the gloss's first word ("Veritas - Latin"). A dash
with a space on each side is punctuation, never part of a name; a hyphen written close is
("Al-Qaeda", "Bosnia-Herzegovina", "Rolls-Royce")."""
from __future__ import annotations

DASHES = frozenset({"-", "--", "–", "—"})


def _spaced_dash(doc, i: int) -> bool:
    """Whether token i is a dash with a space before it and a space (or the text's end) after it."""
    tok = doc[i]
    return tok.text in DASHES and i > 0 and bool(doc[i - 1].whitespace_) \
        and (bool(tok.whitespace_) or i + 1 == len(doc))


def cut_names_at_dashes(doc):
    """Pipeline component after the recogniser: each entity ends before its first spaced dash (a
    name that begins with one starts after it); an entity left with no word is dropped."""
    from spacy.tokens import Span  # noqa: PLC0415  (slow import)

    ents, changed = [], False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].text in DASHES:
            start += 1
        cut = next((i for i in range(start, end) if _spaced_dash(doc, i)), end)
        if (start, cut) != (ent.start, ent.end):
            changed = True
            if cut > start:
                ents.append(Span(doc, start, cut, label=ent.label_))
            continue
        ents.append(ent)
    if changed:
        doc.ents = ents
    return doc
