"""Instruments that measure extraction: probe sentences (generality), conflict-event summaries,
the development set, a hand-judged precision audit of bench events, and the rate of conflict events
in articles that report none (sport)."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

# The conflict types that must not come out of sport, film or business language.
CONFLICT_TYPES = ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST")


def held_out(path: str | Path) -> bool:
    """Whether a test file is held out (its name says so): its scores may be printed, never what it
    misses, since reading held-out misses turns them into tuning data."""
    return "heldout" in Path(path).name


def read_test_file(path: str | Path, what: str, key: str) -> dict:
    """The mapping a YAML test file holds, with a list under `key`; otherwise a ValueError that names
    the file and what is wrong with it (`what` says what kind of file: "probe", "summary")."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read {what} file ({str(exc).splitlines()[0]})") from exc
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ValueError(f"{path}: expected a mapping with {'an' if key[0] in 'aeiou' else 'a'} '{key}' list")
    return data


def file_scorer_main(prog: str, description: str, default: Path, run: Callable, report: Callable,
                     argv: list[str] | None, articles: Path | None = None,
                     hidden: Callable[[str], bool] = held_out) -> int:
    """The command line of a scorer over one test file (probes, summaries, coreference, article sets):
    `--file`, `--misses` (refused for a file held apart: `hidden`), one-line errors; with `articles`, an
    `--articles` option too, passed to `run` after the file."""
    name = prog.rsplit(".", 1)[-1]
    ap = argparse.ArgumentParser(prog=f"python -m {prog}", description=description)
    ap.add_argument("--file", default=str(default), help="test file (YAML)")
    if articles is not None:
        ap.add_argument("--articles", default=str(articles), help="bench articles (JSONL)")
    ap.add_argument("--misses", action="store_true", help="list what the file's entries missed")
    args = ap.parse_args(argv)
    if args.misses and hidden(args.file):
        print(f"{name}: {args.file} is held apart (held out or an after-set): its misses are not shown",
              file=sys.stderr)
        return 1
    try:
        card = run(args.file, args.articles) if articles is not None else run(args.file)
    except (ValueError, OSError) as exc:
        print(f"{name}: {exc}", file=sys.stderr)
        return 1
    print(report(card, misses=args.misses))
    return 0
