"""The first and last words of a table's multi-word entries, read once per table: a word that begins
or ends no entry lets a lookup skip the phrases it would build around it ("pulled out of", "rocket
fire")."""
from __future__ import annotations

_READ: dict[tuple[str, int], tuple] = {}


def first_words(table) -> frozenset[str]:
    """The first word of each entry of `table` (a dict or a set of phrases)."""
    return _words(table, "first")


def last_words(table) -> frozenset[str]:
    """The last word of each entry of `table`."""
    return _words(table, "last")


def _words(table, end: str) -> frozenset[str]:
    known = _READ.get((end, id(table)))
    if known is None or known[0] is not table:   # kept with its table: an id is reused after one is freed
        cut = (lambda k: k.split(" ", 1)[0]) if end == "first" else (lambda k: k.rsplit(" ", 1)[-1])
        known = _READ[(end, id(table))] = (table, frozenset(cut(k) for k in table))
    return known[1]
