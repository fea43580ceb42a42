"""A work released is no one set free (called by idle_acts.idle, after every construction has spoken):
a studio or a label that "released" a title in quotes or one its apposition calls a film, an album or a
book ("HBO released "The Notorious Bettie Page," a feature film starring ...", "the band released
"Lost Souls", their third album") published it; the person the title names is no prisoner freed (PLOVER
RETREAT). Everyday.py keeps the work nouns themselves apart ("released the film").
"""
from __future__ import annotations

from ..model import Event
from ..quotes import QUOTE_PAIRS
from .sense_words import object_kind

# the marks that open and close a quotation (straight and curly, double and single), as quotes.py pairs them
QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values())


def released_work(event: Event, trigger) -> str | None:
    """The rule's name when what the event's "release" lets out is a work, or None."""
    if event.type != "RETREAT" or trigger.lemma_.lower() != "release":
        return None
    released = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if released is None:
        return None
    if any(c.dep_ == "appos" and object_kind(c) == "work" for c in released.children) or quoted(released):
        return "work released"
    return None


def quoted(phrase) -> bool:
    """The phrase stands between quotation marks of its own sentence, a title: a mark just before its first
    word (or as it), and one within two words after its last ("released "Lost Souls", their third album")."""
    doc, sent = phrase.doc, phrase.sent
    first, last = phrase.left_edge, phrase.right_edge
    opens = first.text in QUOTE_MARKS or first.i > sent.start and doc[first.i - 1].text in QUOTE_MARKS
    closes = any(doc[i].text in QUOTE_MARKS for i in range(last.i + 1, min(last.i + 3, sent.end)))
    return opens and closes and any(t.is_title for t in phrase.subtree)   # not scare quotes: "the hostages"
