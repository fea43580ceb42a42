"""How place names are compared: a normalised key that ignores case, diacritics, punctuation and
Arabic articles, and a looser key that also ignores how vowels were transliterated."""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

import yaml

_APOSTROPHES = re.compile(r"['`]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Transliteration variants: Dayr/Deir, Zawr/Zour/Zor, Raqqah/Raqqa, Qusayr/Kusayr, Odessa/Odesa.
_VOWEL_H = re.compile(r"(?<=[aeiouy])h\b")
_VOWEL_W = re.compile(r"(?<=[aeiouy])w(?![aeiouy])")
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]+")


@cache
def words() -> dict[str, frozenset[str]]:
    text = resources.files("newsgraph").joinpath("data/geo/words.yaml").read_text(encoding="utf-8")
    return {name: frozenset(values) for name, values in yaml.safe_load(text).items()}


@cache
def letters() -> dict[int, str]:
    """Letters Unicode does not decompose, and ayn/hamza marks (words.yaml, `letters`)."""
    return str.maketrans(yaml.safe_load(
        resources.files("newsgraph").joinpath("data/geo/words.yaml").read_text(encoding="utf-8"))["letters"])


@cache
def unmappable() -> frozenset[str]:
    """Keys the geocoder puts on no map: continents and world regions, months and weekdays."""
    return frozenset(name_key(name) for name in words()["too_large"] | words()["calendar"])


def fold(text: str) -> str:
    """Lower case ASCII words: diacritics and apostrophes dropped, other punctuation as spaces."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.translate(letters()))
        text = "".join(c if c.isascii() else "" if unicodedata.combining(c) else " " for c in decomposed)
    return " ".join(_NON_WORD.split(_APOSTROPHES.sub("", text).lower())).strip()


def name_key(text: str) -> str:
    """The key two spellings of one name share: "Deir ez-Zor" and "Deir ez Zor" -> "deir zor"."""
    tokens = fold(text).split()
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    articles = words()["articles"]
    kept = [t for t in tokens if t not in articles]
    return " ".join(kept or tokens)


def loose_key(key: str) -> str:
    """A looser key over name_key's output: "deir zour", "dayr zawr" and "deir zor" -> "dar zar"."""
    text = _VOWEL_W.sub("", _VOWEL_H.sub("", key)).replace("q", "k")
    return _VOWELS.sub("a", _DOUBLE.sub(r"\1", text))


def split_feature_word(key: str) -> tuple[str, str | None]:
    """("idlib province" -> ("idlib", "admin"), "city of gao" -> ("gao", "settlement"))."""
    tokens = key.split()
    if len(tokens) < 2:
        return key, None
    for kind in ("admin", "settlement"):
        vocabulary = words()[f"{kind}_words"]
        if tokens[-1] in vocabulary:
            return " ".join(tokens[:-1]), kind
        if tokens[0] in vocabulary and len(tokens) > 2 and tokens[1] == "of":
            return " ".join(tokens[2:]), kind
    return key, None
