"""The bench articles nobody here has read: the pool a rule's changes are measured on.

    python -m newsgraph.evaluation.unseen --db STORE [--data tests/data] [--list]

A bench article is read once its id appears in any file under tests/data (development set parts,
probes built from it, annotated article sets) or once any of its events is in the precision audit
(entries are keyed by the stored document, so a store built from the bench maps them back to bench
ids). What is left is unseen: measuring a rule's changes there keeps a check honest. Prints how many
articles each source takes and what the unseen pool holds; --list prints the unseen bench ids.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import StoreError
from ..model import EVENT_TYPES
from ..store import Store
from .audit import DEFAULT_FILE, load_judgements

DEFAULT_DATA = DEFAULT_FILE.parent
# the bench's ids: BBC articles by category and number, ECB+ articles by topic and document
BENCH_ID = re.compile(r"\b(?:bbc-[a-z]+-\d{3}|ecbplus-\d+_\d+ecb(?:plus)?)\b")


@dataclass
class Pool:
    """The stored bench articles split by who has read them (bench id -> document id)."""
    documents: dict[str, str]
    named: set[str]       # bench ids named in a file under tests/data
    audited: set[str]     # bench ids with an event in the precision audit
    events: Counter       # events per document id

    @property
    def unseen(self) -> list[str]:
        return sorted(set(self.documents) - self.named - self.audited)

    def summary(self) -> str:
        unseen = self.unseen
        held = sum(self.events[self.documents[b]] for b in unseen)
        return (f"bench articles stored {len(self.documents)}; named under tests/data {len(self.named)}; "
                f"with audited events {len(self.audited)}; unseen {len(unseen)}, holding {held} events "
                f"({held / max(1, len(unseen)):.2f} per article)")


def named_ids(data_dir: str | Path) -> set[str]:
    """Every bench id written in a file under `data_dir` (a file that is not text is skipped)."""
    found: set[str] = set()
    for path in sorted(Path(data_dir).rglob("*")):
        if path.is_file():
            try:
                found.update(BENCH_ID.findall(path.read_text(encoding="utf-8")))
            except UnicodeDecodeError:
                continue
    return found


def audited_documents(audit_file: str | Path) -> set[str]:
    """The stored documents the audit's entries come from (an entry's identity starts with its document)."""
    return {key.split("|", 1)[0] for key in load_judgements(audit_file)}


def bench_pool(store: Store, named: set[str], audited_docs: set[str]) -> Pool:
    """The store's bench articles (inputs whose source ends in #BENCH-ID), split by who has read them."""
    documents = {}
    for source, document in store.read.input_documents():
        bench_id = source.rsplit("#", 1)[-1] if "#" in source else ""
        if BENCH_ID.fullmatch(bench_id):
            documents[bench_id] = document
    audited = {b for b, d in documents.items() if d in audited_docs}
    events = Counter(store.read.event_documents(EVENT_TYPES))
    return Pool(documents, named & set(documents), audited, events)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation.unseen",
                                 description="The bench articles no test file or audit entry has read.")
    ap.add_argument("--db", required=True, help="store built from the bench articles")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="folder of test data naming bench ids")
    ap.add_argument("--audit", default=str(DEFAULT_FILE), help="precision audit file")
    ap.add_argument("--list", action="store_true", help="print the unseen bench ids, one per line")
    args = ap.parse_args(argv)
    try:
        named, audited = named_ids(args.data), audited_documents(args.audit)
        with Store(args.db, readonly=True) as store:
            pool = bench_pool(store, named, audited)
    except (StoreError, ValueError, OSError) as exc:
        print(f"unseen: {exc}", file=sys.stderr)
        return 1
    print(pool.summary())
    if args.list:
        print("\n".join(pool.unseen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
