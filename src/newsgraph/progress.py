"""Progress of an ingest: how many inputs to expect, and a display of how far it got."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from .ingest import JSONL_SUFFIXES, SUFFIXES, open_regular


def count_records(path: Path) -> int:
    """Inputs in one file: 1, or the non-blank lines of a JSONL file. Only a regular file is
    read (a FIFO or a device named *.jsonl would block or never end): anything else counts 1,
    as the one error the readers will report for it."""
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    with open_regular(path) or _Nothing() as fh:
        lines, last = 0, b"\n"
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
        return max(1, lines + (last != b"\n"))


class _Nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def read(self, n: int) -> bytes:
        return b""


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many inputs `paths` hold, for progress: files with a known suffix, lines of JSONL
    files. None when it cannot be known in advance (standard input)."""
    total = 0
    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        try:
            if path.is_dir():
                for folder, dirs, files in os.walk(path):
                    dirs[:] = [d for d in dirs if not d.startswith(".")]
                    for name in files:
                        if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                            total += _counted(Path(folder, name))
            else:
                total += _counted(path)
        except OSError:
            total += 1  # the readers report it
    return total


def _counted(path: Path) -> int:
    try:
        return count_records(path)
    except OSError:
        return 1


class Progress:
    """Shows an ingest's progress on `stream`: a tqdm bar with documents per second and time left
    on a terminal, a plain line every `interval` seconds (and at the end) otherwise."""

    def __init__(self, total: int | None, stream: TextIO | None = None, interval: float = 10.0):
        self.total = total
        self.stream = stream or sys.stderr
        self.interval = interval
        self.last: float | None = None   # monotonic time of the last line; None before the first
        self.shown = -1                  # `done` at the last line written
        self.bar = None
        if self.stream.isatty():
            from tqdm import tqdm  # noqa: PLC0415

            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True,
                            smoothing=0.1)

    def __call__(self, report) -> None:
        if self.bar is not None:
            if report.total is not None and report.done > (self.bar.total or 0):
                self.bar.total = report.done  # the estimate was low: never show "43/41"
            self.bar.update(report.done - self.bar.n)
            self.bar.set_postfix(new=report.ingested, skipped=report.skipped, errors=len(report.errors),
                                 refresh=False)
            return
        now = time.monotonic()
        finished = report.total is not None and report.done >= report.total and report.done != self.shown
        if self.last is not None and now - self.last < self.interval and not finished:
            return
        self.last, self.shown = now, report.done
        self.stream.write(self.line(report) + "\n")
        self.stream.flush()

    @staticmethod
    def line(report) -> str:
        rate = report.done / report.seconds if report.seconds > 0 else 0.0
        total = max(report.total, report.done) if report.total is not None else None
        of = f"/{total}" if total is not None else ""
        eta = ""
        if total is not None and rate > 0 and total > report.done:
            eta = f", about {(total - report.done) / rate:.0f}s left"
        return (f"progress: {report.done}{of} inputs ({report.ingested} new, {report.skipped} skipped, "
                f"{len(report.errors)} errors), {rate:.1f} docs/s{eta}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
