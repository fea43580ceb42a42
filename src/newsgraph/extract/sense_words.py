"""The word classes the sense judge reads (extract/sense.py, extract/sense_cooperative.py) and the
domain of the document: what an event acts on (a proposition, a work, a game, a market, a show), who
plays a game, and whether a document is a match report, a film review, a business or a tech story;
and `Dropped`, the judge's verdict that a candidate is no event, with the test that failed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..doctext import kept
from ..wordlists import words

# the first class that holds an object noun is its class
OBJECT_KINDS = {"proposition": words("proposition_nouns"), "work": words("work_nouns"),
                "play": words("play_nouns"), "market": words("market_nouns"), "show": words("show_nouns")}
SPORT_ROLES = words("sport_roles")
FIRM_ROLES = words("firm_roles")
BODILY_BLOWS = words("bodily_blows")
# police, prosecutors and regulators: who acts for the law, in a match report as anywhere
LAW_ENFORCEMENT = words("law_enforcement")
# a result: "4-2", "6-3 6-4", "31-24" (years and ranges have more digits; "12-13 May" is a date)
# (a split vote of judges or members is no score: "rejected in a 2-1 decision", "a 5-4 ruling")
SCORE = re.compile(r"(?<![\d/-])(?<!\d[.,])\d{1,2}-\d{1,2}(?![\d/-]|[.,]\d|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                   r"|\s+(?:decision|ruling|vote|verdict|majority|judgment|judgement|split)s?\b)")
# in a match report a country is its team; these are political whatever the page is about
POLITICAL = frozenset({"GOVERNMENT", "MILITARY", "ARMED_GROUP"})
# what extraction calls a person the document gives an office in a state, government or armed group
# when they make a statement ("Greek President X condemned the violence"): they speak for it
OFFICE_HOLDER = "OFFICE_HOLDER"
STATES = POLITICAL | {"COUNTRY"}
DOMAIN_SHARE = 3.0   # cue words per 100 words from which a document belongs to a domain
DOMAIN_MARGIN = 2.0  # ... and more than this many times its conflict cues
DOMAIN_MIN_CUES = 5  # ... and at least this many (a short text proves nothing)


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
class Dropped:
    """The sense judge's verdict that a candidate is no event, and why: the name of the test that
    failed ("sport domain", "hypothetical"), which the funnel shows (extract/fates.py)."""
    reason: str


_CONTEXT_KEY = ("newsgraph", "context")


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
        best = max(("sport", "film", "business", "tech"), key=hits.__getitem__)
        if hits[best] >= DOMAIN_MIN_CUES and 100.0 * hits[best] / n_words >= DOMAIN_SHARE \
                and hits[best] > DOMAIN_MARGIN * hits["conflict"]:
            return cls(best)
        return cls(None)


def object_kind(tok) -> str | None:
    """The semantic class of what an event acts on: proposition, work, play, market or show."""
    if tok is None:
        return None
    lemma = tok.lemma_.lower()
    for kind, nouns in OBJECT_KINDS.items():
        if lemma in nouns or tok.lower_ in nouns:
            return kind
    return None


def lemma_in(tok, nouns) -> bool:
    return tok is not None and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def played(c, roles=None) -> bool:
    """A side of the event is a player, coach or team (or, but for a blow to the body, a firm's
    chairman or board): the violence word is a game's or a boardroom's."""
    if roles is None:
        roles = SPORT_ROLES if lemma_in(c.trigger, BODILY_BLOWS) else SPORT_ROLES | FIRM_ROLES
    return any(lemma_in(t, roles) for t in (c.subject_tok, c.object_tok))
