"""Benchmark: quality of the main text newsgraph extracts from HTML pages.

    python -m benchmarks.html_quality [HTML_DIR]      (default ../shared/bench/html)

HTML_DIR holds NAME.html pages and NAME.expected.txt, the hand-labelled article body of each.
For each page it prints the token-level precision, recall and F1 of the text newsgraph stores
(`html_to_document(...).text`) against the expected text, then their means. Tokens are
lower-cased word characters (\\w+), compared as multisets (bag of words).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "bench" / "html"
TOKEN = re.compile(r"\w+")


def token_prf(got: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the tokens of `got` against those of `expected`."""
    g, e = Counter(TOKEN.findall(got.lower())), Counter(TOKEN.findall(expected.lower()))
    overlap = sum((g & e).values())
    p = overlap / sum(g.values()) if g else 0.0
    r = overlap / sum(e.values()) if e else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def html_f1(html_dir: str | Path) -> list[tuple[str, float, float, float]]:
    """(name, precision, recall, F1) for each NAME.html in `html_dir` that has NAME.expected.txt."""
    from newsgraph.errors import InputError
    from newsgraph.ingest.html import html_to_document

    rows = []
    for page in sorted(Path(html_dir).glob("*.html")):
        expected = page.with_name(page.name[:-len(".html")] + ".expected.txt")
        if not expected.exists():
            continue
        try:
            text = html_to_document(page.read_bytes(), str(page)).text
        except InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            text = ""
        rows.append((page.name[:-len(".html")], *token_prf(text, expected.read_text(encoding="utf-8"))))
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    html_dir = Path(args[0]) if args else DEFAULT_DIR
    if not html_dir.is_dir():
        print(f"error: {html_dir}: no such directory", file=sys.stderr)
        return 1
    rows = html_f1(html_dir)
    if not rows:
        print(f"error: {html_dir}: no NAME.html with NAME.expected.txt", file=sys.stderr)
        return 1
    width = max(len(r[0]) for r in rows)
    print(f"{'page':<{width}}  precision  recall     F1")
    for name, p, r, f in rows:
        print(f"{name:<{width}}  {p:9.3f}  {r:6.3f}  {f:5.3f}")
    n = len(rows)
    print(f"{'mean (' + str(n) + ' pages)':<{width}}  {sum(r[1] for r in rows) / n:9.3f}  "
          f"{sum(r[2] for r in rows) / n:6.3f}  {sum(r[3] for r in rows) / n:5.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
