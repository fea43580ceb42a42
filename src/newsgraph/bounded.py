"""A memo kept across documents (a worker's whole run) whose size must not grow with the corpus: the
vocabulary and the names a long run meets have no bound, so it empties itself past a limit rather
than counting uses (a re-read costs little; bookkeeping on every hit would cost more)."""
from __future__ import annotations

from collections.abc import Callable, Hashable


class BoundedCache(dict):
    """A dict of answers of a pure function, emptied when it passes `limit` entries."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def room(self) -> BoundedCache:
        """Itself, emptied first when over its limit: for a hot loop that reads and fills it as a plain
        dict, one check per document rather than one per entry."""
        if len(self) > self.limit:
            self.clear()
        return self

    def fetch(self, key: Hashable, compute: Callable):
        """The answer kept for `key`, else `compute(key)`, kept."""
        if key in self:
            return self[key]
        found = self.room()[key] = compute(key)
        return found
