"""What a document is about: a match report ("sport"), a film or music review ("film"), a business or a
tech story, or general news (None), measured from its cue words. Read by extraction (the sense
judge, relations, the gate) and by resolution (a sport story's bodies), so it lives below both.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .doctext import kept
from .wordlists import words

DOMAINS = ("sport", "film", "business", "tech")
DOMAIN_SHARE = 3.0   # cue words per 100 words from which a document belongs to a domain
DOMAIN_MARGIN = 2.0  # ... and more than this many times its conflict cues
DOMAIN_MIN_CUES = 5  # ... and at least this many (a short text proves nothing)
_CONTEXT_KEY = ("newsgraph", "context")


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, frozenset[str]]:
    return {"sport": words("sport_cues"), "film": words("film_cues"), "business": words("business_cues"),
            "tech": words("tech_cues"), "conflict": words("conflict_cues")}


@lru_cache(maxsize=2)
def _cue_table(vocab):
    """The cue words' ids, sorted, each with a bit per domain it cues (domains in _cue_words'
    order): one search per token column instead of one per domain."""
    import numpy as np  # noqa: PLC0415

    domains = list(_cue_words())
    bits: dict[int, int] = {}
    for n, domain in enumerate(domains):
        for w in _cue_words()[domain]:
            bits[vocab.strings[w]] = bits.get(vocab.strings[w], 0) | 1 << n
    ids = sorted(bits)
    return domains, np.array(ids, dtype=np.uint64), np.array([bits[i] for i in ids], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class Context:
    """What the document is about: "sport", "film" (and music), "business", "tech", or None for general
    news."""
    domain: str | None

    @classmethod
    def of(cls, doc) -> Context:
        """The document's context, measured once and kept on the Doc: the sense judge, relations,
        resolution's story bodies and others ask for it."""
        return kept(doc, _CONTEXT_KEY, cls._measure)

    @classmethod
    def _measure(cls, doc) -> Context:
        import numpy as np  # noqa: PLC0415
        from spacy.attrs import IS_ALPHA, LEMMA, LOWER  # noqa: PLC0415

        if len(doc) == 0:
            return cls(None)
        arr = doc.to_array([LEMMA, LOWER, IS_ALPHA])
        n_words = max(1, int(arr[:, 2].sum()))
        domains, ids, bits = _cue_table(doc.vocab)
        # per token, a bit for each domain its lemma or its lower-case form cues
        cued = np.zeros(len(arr), dtype=bits.dtype)
        for column in (arr[:, 0], arr[:, 1]):
            at = np.minimum(np.searchsorted(ids, column), len(ids) - 1)
            cued |= np.where(ids[at] == column, bits[at], 0)
        hits = {domain: int(((cued >> n) & 1).sum()) for n, domain in enumerate(domains)}
        best = max(DOMAINS, key=hits.__getitem__)
        if hits[best] >= DOMAIN_MIN_CUES and 100.0 * hits[best] / n_words >= DOMAIN_SHARE \
                and hits[best] > DOMAIN_MARGIN * hits["conflict"]:
            return cls(best)
        return cls(None)
