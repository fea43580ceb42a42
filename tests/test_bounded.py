"""The memo kept across documents answers like the function it keeps and never holds more than its
limit (plus one)."""
from __future__ import annotations

import pickle

from newsgraph.bounded import BoundedCache


def test_a_kept_answer_is_not_computed_again():
    calls = []
    cache = BoundedCache(10)

    def square(n):
        calls.append(n)
        return n * n

    assert [cache.fetch(n, square) for n in (3, 4, 3, 3)] == [9, 16, 9, 9]
    assert calls == [3, 4]


def test_an_answer_of_none_is_kept_too():
    calls = []
    cache = BoundedCache(10)
    for _ in range(3):
        assert cache.fetch("nobody", lambda k: calls.append(k)) is None
    assert calls == ["nobody"]


def test_it_empties_itself_past_its_limit():
    cache = BoundedCache(3)
    for n in range(100):
        cache.fetch(n, str)
        assert len(cache) <= 4
    assert cache.fetch(99, str) == "99"
    cache.update({n: n for n in range(10)})   # filled as a plain dict by a hot loop
    assert cache.room() is cache and len(cache) == 0


def test_it_survives_pickling_with_its_limit():
    cache = BoundedCache(5)
    cache.fetch("a", str.upper)
    again = pickle.loads(pickle.dumps(cache))
    assert again == {"a": "A"} and again.limit == 5
