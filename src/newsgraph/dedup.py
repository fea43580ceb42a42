"""Near-duplicate detection: MinHash signatures of word shingles, an LSH index over the store.

A syndicated or lightly edited copy of a story shares most of its word 3-grams with the
original, so the Jaccard similarity of their shingle sets stays high while different stories
share almost none. Workers compute the signature (`signature`); the single writer keeps the LSH
index (`NearDuplicates`), loaded from the signatures already stored, so detection works across
runs. Only originals go into the index, so every copy points at the earliest original.

The signatures and the index are datasketch's (MinHash with its "affine32" scheme and seed 1,
MinHashLSH), computed here with numpy alone: importing datasketch imports SciPy (for a parameter
it integrates once), which cost every ingest about half a second of start-up.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SCHEME = "affine32"    # datasketch's permutation scheme; its hash values are uint32
_DTYPE = np.uint32
SIG_BYTES = NUM_PERM * np.dtype(_DTYPE).itemsize
SHINGLE = 3            # words per shingle
THRESHOLD = 0.6        # estimated Jaccard of shingle sets above which a document is a copy
# The LSH bands: the 18 bands of 7 hash values datasketch's MinHashLSH chooses for THRESHOLD and
# NUM_PERM (its optimum for equal weights of false positives and negatives). Two signatures equal
# in every value of one band are candidates, confirmed by their estimated Jaccard similarity.
BANDS, ROWS = 18, 7
_ROW_BYTES = ROWS * np.dtype(_DTYPE).itemsize
# Shingles hashed per numpy block: a block costs 512 bytes a shingle, whatever the text's length.
_BLOCK = 4096
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """Lower-cased word n-grams; a text shorter than one shingle is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text, as bytes for the store; None for a text without words."""
    grams = list(shingles(text))
    if not grams:
        return None
    a, b = _permutations()
    lowest = np.full(NUM_PERM, np.iinfo(_DTYPE).max, dtype=_DTYPE)
    for at in range(0, len(grams), _BLOCK):
        hashed = np.array([_sha1_32(g) for g in grams[at:at + _BLOCK]], dtype=_DTYPE).reshape(-1, 1)
        lowest = np.minimum(lowest, (_fmix32(hashed) * a + b).min(axis=0))
    return lowest.tobytes()


def _sha1_32(data: bytes) -> int:
    """datasketch's sha1_hash32: the first four bytes of the SHA-1 digest, little-endian."""
    return int.from_bytes(hashlib.sha1(data).digest()[:4], "little")  # noqa: S324  (not for security)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (uint32 arithmetic wraps), which datasketch applies to every hash
    before the permutations."""
    hv = hv ^ (hv >> _DTYPE(16))
    hv = hv * _DTYPE(0x85EBCA6B)
    hv = hv ^ (hv >> _DTYPE(13))
    hv = hv * _DTYPE(0xC2B2AE35)
    return hv ^ (hv >> _DTYPE(16))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations h -> a * h + b (mod 2**32) of every MinHash, drawn as datasketch draws them
    from its fixed seed (1): an odd `a`, any `b`. Drawn once per process."""
    gen = np.random.RandomState(1)  # noqa: NPY002  (datasketch's generator: the same values)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=_DTYPE) * _DTYPE(2) + _DTYPE(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=_DTYPE)
    return a, b


def _bands(sig: bytes) -> list[bytes]:
    return [sig[i * _ROW_BYTES:(i + 1) * _ROW_BYTES] for i in range(BANDS)]


class NearDuplicates:
    """An LSH index of original documents: which earlier document is a text a copy of?"""

    def __init__(self, originals: Iterable[tuple[str, bytes]] = (), threshold: float = THRESHOLD):
        self.threshold = threshold
        self.tables: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]
        self.order: dict[str, int] = {}
        self.signatures: dict[str, np.ndarray] = {}
        for doc_id, sig in originals:
            self.add(doc_id, sig)

    def add(self, doc_id: str, sig: bytes) -> None:
        if doc_id in self.order or len(sig) != SIG_BYTES:
            return
        for band, table in zip(_bands(sig), self.tables, strict=True):
            table.setdefault(band, []).append(doc_id)
        self.order[doc_id] = len(self.order)
        self.signatures[doc_id] = np.frombuffer(sig, dtype=_DTYPE)

    def original_of(self, sig: bytes | None) -> str | None:
        """The earliest indexed document this signature is a near-copy of, or None."""
        if sig is None or len(sig) != SIG_BYTES:
            return None
        values = np.frombuffer(sig, dtype=_DTYPE)
        candidates = {d for band, table in zip(_bands(sig), self.tables, strict=True) for d in table.get(band, ())}
        # LSH candidates are probable; confirm with the estimated Jaccard similarity.
        matches = [d for d in candidates if _jaccard(self.signatures[d], values) >= self.threshold]
        return min(matches, key=self.order.__getitem__) if matches else None

    def check(self, doc_id: str, sig: bytes | None) -> str | None:
        """`original_of`, and index this document as an original when it is not a copy."""
        original = self.original_of(sig)
        if original is None and sig is not None:
            self.add(doc_id, sig)
        return original


def _jaccard(one: np.ndarray, other: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures: the share of equal hash values."""
    return float(np.float64(np.count_nonzero(one == other)) / np.float64(NUM_PERM))
