"""The ingest pipeline: read inputs, parse and analyse in worker processes, write serially.

Documents stream from the readers in batches; per-document work (spaCy parse, resolution,
extraction, the near-duplicate signature) runs in worker processes, at most a few batches in
flight so the readers never run far ahead and memory stays flat. Only the main process writes:
one transaction per batch, each recording its inputs with the documents, so a killed run keeps
every finished batch and a re-run skips the inputs already recorded. Corpus entities are
rebuilt once at the end of a run that changed documents (or after one that was interrupted).
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TextIO

from .dedup import NearDuplicates, signature
from .errors import InputError, NewsgraphError
from .extract import analyse
from .geo.places import EventPlaces
from .ingest import JSONL_SUFFIXES, SUFFIXES, read_inputs
from .model import Analysis, Document
from .nlp import DEFAULT_MODEL, load_pipeline
from .resolve.gazetteer import load_gazetteer
from .store import Store

# Batches waiting for or inside a worker, per worker: enough to keep every worker busy while the
# writer works, few enough that memory does not depend on the corpus size.
IN_FLIGHT_PER_WORKER = 2
# Documents per spaCy `nlp.pipe` batch inside a worker.
SPACY_BATCH = 32


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    ingested: int = 0
    skipped: int = 0
    duplicates: int = 0              # near-duplicates among the ingested documents
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    total: int | None = None         # expected inputs, when known in advance (for progress)

    @property
    def done(self) -> int:
        """Inputs finished: ingested, skipped or failed."""
        return self.ingested + self.skipped + len(self.errors)


# A worker's result for one document: its analysis and signature, or (source, problem).
Result = tuple[Analysis, bytes | None] | tuple[str, str]


def analyse_batch(documents: list[Document], model: str = DEFAULT_MODEL,
                  gazetteer_files: tuple[str, ...] = ()) -> list[Result]:
    """Parse and analyse a batch of documents in this process. A document whose analysis
    fails becomes (source, problem); the rest of the batch goes on."""
    nlp = load_pipeline(model, gazetteer_files)
    gaz = load_gazetteer(gazetteer_files)
    try:
        docs = list(nlp.pipe([d.text for d in documents], batch_size=SPACY_BATCH))
    except Exception:  # noqa: BLE001  one bad text must not sink the batch: parse one by one
        docs = None
    out: list[Result] = []
    for i, document in enumerate(documents):
        try:
            doc = docs[i] if docs is not None else nlp(document.text)
            out.append((analyse(document, doc, gaz), signature(document.text)))
        except Exception as exc:  # noqa: BLE001  reported as this document's error
            out.append((document.source, f"analysis failed ({type(exc).__name__}: {exc})"))
    return out


_WORKER: dict = {}


def _init_worker(model: str, gazetteer_files: tuple[str, ...], parent: int) -> None:
    _WORKER["model"] = model
    _WORKER["gaz"] = gazetteer_files
    # A killed main process cannot stop its workers; they stop themselves when it is gone.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    load_pipeline(model, gazetteer_files)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _work(batch: list[Document]) -> list[Result]:
    return analyse_batch(batch, _WORKER["model"], _WORKER["gaz"])


def batched(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many inputs `paths` hold, for progress: files with a known suffix, lines of JSONL
    files. None when it cannot be known in advance (standard input)."""
    total = 0

    def count(path: Path) -> int:
        if path.suffix.lower() not in JSONL_SUFFIXES:
            return 1
        with path.open("rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))

    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        try:
            if path.is_dir():
                for folder, dirs, files in os.walk(path):
                    dirs[:] = [d for d in dirs if not d.startswith(".")]
                    total += sum(count(Path(folder, f)) for f in files
                                 if not f.startswith(".") and Path(f).suffix.lower() in SUFFIXES)
            elif path.is_file():
                total += count(path)
        except OSError:
            continue  # the readers report it
    return total


def ingest(paths: Iterable[str], store: Store, *, model: str = DEFAULT_MODEL, workers: int = 0,
           batch_size: int = 16, gazetteer_files: tuple[str, ...] = (),
           on_error: Callable[[InputError], None] | None = None,
           on_progress: Callable[[IngestReport], None] | None = None,
           total: int | None = None, geocode: bool = True) -> IngestReport:
    """Ingest every input under `paths` into `store`; bad inputs are reported, never fatal.
    `geocode`: give the places of events coordinates (in this, the writer process)."""
    report = IngestReport(total=total)
    t0 = time.monotonic()
    workers = workers or os.cpu_count() or 1

    def error(err: InputError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    def todo() -> Iterator[Document]:
        for item in read_inputs(paths):
            if isinstance(item, InputError):
                error(item)
                continue
            report.read += 1
            if store.seen_input(item.source, item.hash):
                report.skipped += 1
                continue
            if store.has_document(item.id):  # the same text under another name
                store.record_input(item)
                report.skipped += 1
                continue
            yield item

    near: NearDuplicates | None = None
    places = EventPlaces() if geocode else None

    def write(results: list[Result]) -> None:
        nonlocal near
        if near is None:
            near = NearDuplicates(store.originals())
        rows = []
        for result in results:
            if isinstance(result[0], str):
                error(InputError(*result))
                continue
            analysis, sig = result
            if places is not None:
                places.geocode(analysis)
            original = near.check(analysis.document.id, sig)
            rows.append((analysis, sig, original))
        written = store.write_many(rows)
        for (_, _, original), new in zip(rows, written):
            report.ingested += new
            report.skipped += not new
            report.duplicates += bool(new and original)
        if on_progress:
            report.seconds = time.monotonic() - t0
            on_progress(report)

    pool: ProcessPoolExecutor | None = None
    pending: deque[tuple[str, Future]] = deque()

    def collect() -> None:
        write(pending.popleft()[1].result())

    started = finished = False
    try:
        for batch in batched(todo(), batch_size):
            if not started:  # the model loads only when there is something to parse
                load_pipeline(model, gazetteer_files)  # a missing model fails here, clearly
                if workers > 1:
                    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
                    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                               initargs=(model, gazetteer_files, os.getpid()))
                started = True
            if pool is None:
                write(analyse_batch(batch, model, gazetteer_files))
                continue
            pending.append((batch[0].source, pool.submit(_work, batch)))
            while len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                collect()
        while pending:
            collect()
        finished = True
    except BrokenProcessPool as exc:  # a worker was killed by the system (out of memory?) or crashed
        where = f" while analysing the batch starting at {pending[0][0]}" if pending else ""
        raise NewsgraphError(f"a worker process died{where}; every finished document is stored: "
                             f"run the same command again to go on") from exc
    finally:
        if pool is not None:
            if not finished:  # interrupted or failed: do not wait for the batches in flight
                for process in list((getattr(pool, "_processes", None) or {}).values()):
                    process.terminate()
            pool.shutdown(wait=finished, cancel_futures=True)
    settings = json.dumps(list(gazetteer_files))  # what corpus resolution depends on
    if report.ingested or store.entities_stale(settings):
        from .resolve.corpus import resolve_corpus  # noqa: PLC0415

        resolve_corpus(store, load_gazetteer(gazetteer_files))
        store.mark_entities_resolved(settings)
    report.seconds = time.monotonic() - t0
    if on_progress:
        on_progress(report)
    return report


class Progress:
    """Shows an ingest's progress on `stream`: a tqdm bar with documents per second and time left
    on a terminal, a plain line every `interval` seconds (and at the end) otherwise."""

    def __init__(self, total: int | None, stream: TextIO | None = None, interval: float = 10.0):
        self.total = total
        self.stream = stream or sys.stderr
        self.interval = interval
        self.last = 0.0
        self.shown = -1                  # `done` at the last line written
        self.bar = None
        if self.stream.isatty():
            from tqdm import tqdm  # noqa: PLC0415

            self.bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True,
                            smoothing=0.1)

    def __call__(self, report: IngestReport) -> None:
        if self.bar is not None:
            self.bar.update(report.done - self.bar.n)
            self.bar.set_postfix(new=report.ingested, skipped=report.skipped, errors=len(report.errors),
                                 refresh=False)
            return
        now = time.monotonic()
        finished = report.done == report.total and report.done != self.shown
        if now - self.last < self.interval and not finished:
            return
        self.last, self.shown = now, report.done
        self.stream.write(self.line(report) + "\n")
        self.stream.flush()

    @staticmethod
    def line(report: IngestReport) -> str:
        rate = report.done / report.seconds if report.seconds > 0 else 0.0
        of = f"/{report.total}" if report.total is not None else ""
        eta = ""
        if report.total is not None and rate > 0 and report.total > report.done:
            eta = f", about {(report.total - report.done) / rate:.0f}s left"
        return (f"progress: {report.done}{of} inputs ({report.ingested} new, {report.skipped} skipped, "
                f"{len(report.errors)} errors), {rate:.1f} docs/s{eta}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
