"""The model's attribute ruler (parts of speech, morphology and a few lemmas set from the tagger's tags
and the words) matched through a table: spaCy's Matcher tries its ~180 patterns on every token and calls
a Python predicate for every IN, NOT_IN and REGEX test, about a seventh of the whole parse. The patterns
a token matches depend only on its tag, word, dependency and space flag, which repeat from token to
token: looked up in a table of the answers found so far, the same matches cost about a tenth of that.
The ruler still applies them itself, in its own order."""
from __future__ import annotations

import re

from .bounded import BoundedCache

# The token attributes the tables read (from one array per document); a pattern on any other
# attribute, or with an operator or predicate not handled here, leaves spaCy's Matcher in place.
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_TAG = _ATTRS.index("TAG")
_SETS = ("IN", "NOT_IN")


class _Unsupported(Exception):
    """A pattern this table matcher does not handle."""


def match_attribute_rules_by_table(nlp) -> None:
    """Give the pipeline's attribute ruler, if any, the table matcher (same matches, same order)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        table = RuleTable(ruler)
    except _Unsupported:
        return
    ruler.match = table.match


class RuleTable:
    """The patterns of an AttributeRuler, by the tag their first token requires; `match` returns what
    `AttributeRuler.match` returns."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        self.strings = strings
        self.columns = list(_ATTRS)   # Doc.to_array reads attribute names
        # (rule, match key, checks of each token), by the tag their first token requires, if it does
        self.by_tag: dict[int, list[tuple]] = {}
        self.any_tag: list[tuple] = []
        for rule, entry in enumerate(ruler.patterns):
            key = strings[str(rule)]
            for pattern in entry["patterns"]:
                checks = [self._checks(spec) for spec in pattern]
                if not checks:
                    raise _Unsupported
                self._file((rule, key, checks))
        # a token's attribute values -> (rule, key) of the one-token patterns it matches, and the longer
        # patterns whose first token it matches: a pure function of those values, which repeat a lot
        self.by_row: BoundedCache = BoundedCache(50_000)
        self.regex_hits: BoundedCache = BoundedCache(100_000)

    def _checks(self, spec: dict) -> list[tuple]:
        """(column, operator, value) for each attribute a token spec tests."""
        out = []
        for name, value in spec.items():
            name = name.upper() if isinstance(name, str) else name
            if name not in _ATTRS:
                raise _Unsupported
            column = _ATTRS.index(name)
            if isinstance(value, dict):
                if len(value) != 1:
                    raise _Unsupported
                ((op, arg),) = value.items()
                if op == "REGEX" and isinstance(arg, str):
                    out.append((column, op, re.compile(arg)))
                elif op in _SETS and all(isinstance(v, str) for v in arg):
                    out.append((column, op, frozenset(self._id(v) for v in arg)))
                else:
                    raise _Unsupported
            elif isinstance(value, bool | int | str):
                out.append((column, "==", self._id(value)))
            else:
                raise _Unsupported
        return out

    def _id(self, value) -> int:
        """The id the Matcher compares a pattern value with (its string's hash; a flag as 0 or 1)."""
        if isinstance(value, str):
            return self.strings.add(value) if value else 0
        return int(value)

    def _file(self, entry: tuple) -> None:
        for column, op, value in entry[2][0]:
            if column == _TAG and op in ("==", "IN"):
                for tag in (value,) if op == "==" else value:
                    self.by_tag.setdefault(tag, []).append(entry)
                return
        self.any_tag.append(entry)

    def _holds(self, checks: list[tuple], row: list[int]) -> bool:
        for column, op, value in checks:
            got = row[column]
            if op == "==":
                if got != value:
                    return False
            elif op == "IN":
                if got not in value:
                    return False
            elif op == "NOT_IN":
                if got in value:
                    return False
            elif not self._search(value, got):
                return False
        return True

    def _search(self, pattern: re.Pattern, string_id: int) -> bool:
        hits = self.regex_hits
        key = (pattern.pattern, string_id)
        if key not in hits:
            hits.room()[key] = bool(pattern.search(self.strings[string_id]))
        return hits[key]

    def match(self, doc) -> list[tuple[int, int, int, int]]:
        """(rule, match key, start, end) for every pattern match in `doc`, sorted, as the ruler's own
        `match` gives them (one match per rule and span, as the Matcher keeps)."""
        if not len(doc):
            return []
        rows = list(zip(*doc.to_array(self.columns).T.tolist(), strict=True))
        by_row, found = self.by_row.room(), set()
        for i, row in enumerate(rows):
            firsts = by_row.get(row)
            if firsts is None:
                firsts = by_row[row] = self._first_tokens(row)
            for rule, key, checks in firsts:
                if len(checks) == 1:
                    found.add((rule, key, i, i + 1))
                elif i + len(checks) <= len(rows) and all(
                        self._holds(spec, rows[i + k]) for k, spec in enumerate(checks) if k):
                    found.add((rule, key, i, i + len(checks)))
        return sorted(found)

    def _first_tokens(self, row: tuple[int, ...]) -> list[tuple]:
        """The patterns whose first token a token with these attribute values matches."""
        return [entry for group in (self.by_tag.get(row[_TAG], ()), self.any_tag) for entry in group
                if self._holds(entry[2][0], row)]
