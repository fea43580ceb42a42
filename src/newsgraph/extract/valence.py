"""Negative valence of words, from VADER's general sentiment lexicon (PyPI vaderSentiment, which ships
vader_lexicon.txt inside the package): a kept, general list of human-rated valences (-4..4), read once.
Used to tell a reported clause that says another actor does harm or wrong ("would undermine the UN",
"will make the problem worse", "would put lives at risk") without a hand list of such words."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

# measured on unseen bench articles: at -1.1 "cut" (-1.1: "would cut £35bn", "cut little ice") passes and
# is mostly wrong; at -1.5 and below "undermine" (-1.2) is lost
STRONG = -1.2


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            table[parts[0]] = float(parts[1])
    return table


def valence(tok) -> float:
    """The word's valence as written or by lemma (0.0 when the lexicon does not rate it)."""
    table = _lexicon()
    return table.get(tok.lower_, table.get(tok.lemma_.lower(), 0.0))


def strongly_negative(tok, threshold: float = STRONG, lemma_only: bool = False) -> bool:
    """Whether the word's valence is at or below `threshold`; `lemma_only` leaves a form's own rating
    aside ("broken" -2.1 but "break" is unrated: "broke records" is no harm)."""
    rated = _lexicon().get(tok.lemma_.lower(), 0.0) if lemma_only else valence(tok)
    return rated <= threshold
