"""Entities that a too-coarse name key merged: spellings of one entity that share a key but
are not written alike ("Moore" and "Mary", "DUI" and "DIY").

    python -m newsgraph.evaluation.merges --db STORE [--list N]

The key (`resolve.names.person_key`) tolerates transliteration variants (Morsi/Mursi,
Qaeda/Qaida), which are written alike; spellings under one key whose folded forms are less
than `SIMILAR` alike (difflib) are suspect merges. Prints how many entities hold such spellings
by type, and with --list the largest of them.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from itertools import combinations

from ..resolve.names import key_words, person_key, strip_titles
from ..store import open_store

SIMILAR = 0.8


def dissimilar_spellings(aliases) -> list[list[str]]:
    """The groups of spellings that share a key but hold two forms less than SIMILAR alike."""
    groups: dict[str, set[str]] = defaultdict(set)
    for a in aliases:
        f, k = " ".join(key_words(strip_titles(a))), person_key(a)
        if f and k:
            groups[k].add(f)
    return [sorted(g) for g in groups.values()
            if any(SequenceMatcher(None, a, b).ratio() < SIMILAR for a, b in combinations(sorted(g), 2))]


def suspect_merges(db: str) -> list[tuple[str, str, int, list[list[str]]]]:
    """(type, name, mentions, dissimilar groups) of every entity holding a suspect merge."""
    out = []
    for e in open_store(db, readonly=True).read.export_entities():
        groups = dissimilar_spellings(set(e["aliases"]) | {e["name"]})
        if groups:
            out.append((e["type"], e["name"], e["mentions"], groups))
    return sorted(out, key=lambda r: (-r[2], r[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--list", type=int, default=0, help="print the N most mentioned suspect merges")
    args = ap.parse_args(argv)
    merges = suspect_merges(args.db)
    by_type = Counter(t for t, *_ in merges)
    print(f"suspect merges: {len(merges)} entities ({', '.join(f'{t} {n}' for t, n in by_type.most_common())})")
    for typ, name, mentions, groups in merges[:args.list]:
        print(f"  {typ:13} {name!r} ({mentions}): " + " | ".join(", ".join(g) for g in groups))
    return 0


if __name__ == "__main__":
    sys.exit(main())
