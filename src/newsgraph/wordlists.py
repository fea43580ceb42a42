"""The one loader of data/lexicon/: the extraction lexicons (verbs.yaml, nouns.yaml, ...) and the
word lists of every stage (words/*.yaml, one namespace: each concept is defined once). Files are
read once per process."""
from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

import yaml

LEXICON = "data/lexicon"


@cache
def read_yaml(name: str):
    """The parsed data/lexicon/<name> (an empty file reads as {})."""
    text = resources.files("newsgraph").joinpath(f"{LEXICON}/{name}").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, object]:
    merged: dict[str, object] = {}
    folder = resources.files("newsgraph").joinpath(f"{LEXICON}/words")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        for key, value in (read_yaml(f"words/{entry.name}") or {}).items():
            if key in merged:
                raise ValueError(f"data/lexicon/words/{entry.name}: {key} is defined twice")
            merged[key] = value
    return merged


def _entry(key: str):
    try:
        return _word_lists()[key]
    except KeyError:
        raise KeyError(f"no word list {key!r} in data/lexicon/words/") from None


@cache
def words(key: str) -> frozenset[str]:
    """A word list where only membership matters (built once: callers may ask per token)."""
    return frozenset(str(w) for w in _entry(key))


@cache
def ordered(key: str) -> tuple[str, ...]:
    """A word list in the order written (the first match wins)."""
    return tuple(str(w) for w in _entry(key))


def table(key: str) -> dict:
    """A word -> value mapping ("officials" -> "officials", "twelve" -> 12)."""
    return {str(k): v for k, v in _entry(key).items()}
