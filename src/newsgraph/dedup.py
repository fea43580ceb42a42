"""Near-duplicate detection: MinHash signatures of word shingles, an LSH index over the store.

A syndicated or lightly edited copy of a story shares most of its word 3-grams with the
original, so the Jaccard similarity of their shingle sets stays high while different stories
share almost none. Workers compute the signature (`signature`); the single writer keeps the LSH
index (`NearDuplicates`), loaded from the signatures already stored, so detection works across
runs. Only originals go into the index, so every copy points at the earliest original.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"    # datasketch's permutation scheme; its hash values are uint32
_DTYPE = np.uint32
SIG_BYTES = NUM_PERM * np.dtype(_DTYPE).itemsize
SHINGLE = 3            # words per shingle
THRESHOLD = 0.6        # estimated Jaccard of shingle sets above which a document is a copy
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """Lower-cased word n-grams; a text shorter than one shingle is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text, as bytes for the store; None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    mh.update_batch(list(grams))
    return mh.hashvalues.astype(_DTYPE).tobytes()


@lru_cache(maxsize=1)
def _permutations():
    """The permutations of every MinHash (drawn from datasketch's fixed seed, the same each time): drawn
    once per process instead of once per document."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def _minhash(sig: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(sig, dtype=_DTYPE), scheme=SCHEME)


class NearDuplicates:
    """An LSH index of original documents: which earlier document is a text a copy of?"""

    def __init__(self, originals: Iterable[tuple[str, bytes]] = (), threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.order: dict[str, int] = {}
        self.signatures: dict[str, LeanMinHash] = {}
        for doc_id, sig in originals:
            self.add(doc_id, sig)

    def add(self, doc_id: str, sig: bytes) -> None:
        if doc_id in self.order or len(sig) != SIG_BYTES:
            return
        mh = _minhash(sig)
        self.lsh.insert(doc_id, mh)
        self.order[doc_id] = len(self.order)
        self.signatures[doc_id] = mh

    def original_of(self, sig: bytes | None) -> str | None:
        """The earliest indexed document this signature is a near-copy of, or None."""
        if sig is None or len(sig) != SIG_BYTES:
            return None
        mh = _minhash(sig)
        # LSH candidates are probable; confirm with the estimated Jaccard similarity.
        matches = [d for d in self.lsh.query(mh) if self.signatures[d].jaccard(mh) >= self.threshold]
        return min(matches, key=self.order.__getitem__) if matches else None

    def check(self, doc_id: str, sig: bytes | None) -> str | None:
        """`original_of`, and index this document as an original when it is not a copy."""
        original = self.original_of(sig)
        if original is None and sig is not None:
            self.add(doc_id, sig)
        return original
