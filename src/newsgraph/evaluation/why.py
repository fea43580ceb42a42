"""Why a sentence gives the events it gives: every candidate event and the stage that dropped it.

    python -m newsgraph.evaluation.why "Rebels attacked the town on Monday."
    python -m newsgraph.evaluation.why --file article.txt
    python -m newsgraph.evaluation.why --drops articles.jsonl


Each candidate a construction proposed is printed with its type, trigger, sides (the phrase and
the actor it was resolved to) and its fate: "kept", or the stage of extract/events.py that dropped
it (covered, sense judge and the test that failed, incomplete, keep gate and its rule, ...;
extract/fates.py lists them): "dropped: sense judge (sport domain)".
A sentence with no candidate says so and names the lexicon's trigger words it holds, of any type
("no candidate; trigger words: condemn (ACCUSE)": a construction declined the word), or "no trigger
word" (the lexicon lacks the sentence's words); a sentence with candidates names the trigger words of
the types none of them has.
--drops reads whole articles of a JSONL file (as ingest reads them) and prints only the candidates a
sense judge or the keep gate dropped, one tab-separated line each (article id, stage, the judge's test
or rule, the candidate, its sentence): a sample of them to judge by hand measures the judges' precision.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .funnel import article_funnels, funnel_lines, judged_drops, text_funnel


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsgraph.evaluation.why", description=__doc__.split("\n")[0])
    ap.add_argument("text", nargs="?", help="the sentence or text to analyse")
    ap.add_argument("--file", type=Path, help="read the text from this file instead")
    ap.add_argument("--drops", type=Path, metavar="JSONL",
                    help="list the candidates the sense judges and keep gate dropped in these articles")
    a = ap.parse_args(argv)
    if a.drops is not None:
        return _drops(a.drops)
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


def _drops(jsonl: Path) -> int:
    from ..nlp import load_pipeline  # noqa: PLC0415
    from ..resolve.gazetteer import load_gazetteer  # noqa: PLC0415

    print("\n".join(judged_drops(article_funnels(jsonl, None, load_pipeline(), load_gazetteer()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
