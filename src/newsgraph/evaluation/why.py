"""Why a sentence gives the events it gives: every candidate event and the stage that dropped it.

    python -m newsgraph.evaluation.why "Rebels attacked the town on Monday."
    python -m newsgraph.evaluation.why --file article.txt

Each candidate a construction proposed is printed with its type, trigger, sides (the phrase and
the actor it was resolved to) and its fate: "kept", or the stage of extract/events.py that dropped
it (covered, sense judge and the test that failed, incomplete, keep gate and its rule, ...;
extract/fates.py lists them): "dropped: sense judge (sport domain)".
A sentence with no candidate says so and names the lexicon's trigger words it holds, of any type
("no candidate; trigger words: condemn (ACCUSE)": a construction declined the word), or "no trigger
word" (the lexicon lacks the sentence's words); a sentence with candidates names the trigger words of
the types none of them has.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .funnel import funnel_lines, text_funnel


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation.why", description=__doc__.split("\n")[0])
    ap.add_argument("text", nargs="?", help="the sentence or text to analyse")
    ap.add_argument("--file", type=Path, help="read the text from this file instead")
    a = ap.parse_args(argv)
    if (a.text is None) == (a.file is None):
        ap.error("give a text or --file, not both")
    try:
        text = a.file.read_text(encoding="utf-8") if a.file else a.text
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not text.strip():
        ap.error("the text is empty")
    from ..nlp import load_pipeline  # noqa: PLC0415  (slow import; after the arguments are checked)
    from ..resolve.gazetteer import load_gazetteer  # noqa: PLC0415

    print("\n".join(funnel_lines(text_funnel(text, load_pipeline(), load_gazetteer()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
