"""The one loader of data/lexicon/: the extraction lexicons (verbs.yaml, nouns.yaml, ...) and the
word lists of every stage (words/*.yaml, one namespace: each concept is defined once). Files are
read once per process."""
from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

import yaml

LEXICON = "data/lexicon"
# libyaml's loader when PyYAML was built with it: the same data as yaml.safe_load, read several
# times faster (the bundled lexicons and gazetteer are read at every start and in every worker)
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str):
    """`yaml.safe_load(text)`, faster. Text that does not parse is read again by PyYAML's own
    loader, so that its error (a yaml.YAMLError) reads as it always has."""
    try:
        return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506  (a safe loader)
    except yaml.YAMLError:
        return yaml.safe_load(text)


@cache
def read_yaml(name: str):
    """The parsed data/lexicon/<name> (an empty file reads as {})."""
    text = resources.files("newsgraph").joinpath(f"{LEXICON}/{name}").read_text(encoding="utf-8")
    return parse_yaml(text) or {}


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
            if _has_boolean(value):
                # YAML reads an unquoted on/off/yes/no/true/false as a boolean, never as the word
                raise ValueError(f"data/lexicon/words/{entry.name}: {key} holds a boolean; quote the word")
            merged[key] = value
    return merged


def _has_boolean(value) -> bool:
    if isinstance(value, dict):
        return any(_has_boolean(k) or _has_boolean(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_boolean(v) for v in value)
    return isinstance(value, bool)


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
