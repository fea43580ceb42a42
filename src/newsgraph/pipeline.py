"""The ingest pipeline: read inputs, parse and analyse in worker processes, write serially.

Three pieces. The reader (`Reader`) streams documents and unparsed HTML pages from the inputs
and drops those already stored. The worker pool (`WorkerPool`) parses and analyses batches in
worker processes (worker.py), at most a few batches in flight so the readers never run far
ahead and memory stays flat. The writer (`Writer`), in the main process only, stores each batch
in one transaction recording its inputs with the documents, so a killed run keeps every
finished batch and a re-run skips the inputs already recorded. Corpus entities are rebuilt once
at the end of a run that changed documents (or after one that was interrupted).
"""
from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice

from .dedup import NearDuplicates
from .errors import InputError, NewsgraphError
from .geo.places import EventPlaces
from .ingest import Page, read_inputs
from .model import Document
from .nlp import DEFAULT_MODEL
from .progress import Progress, estimate_total
from .resolve.gazetteer import load_gazetteer
from .store import Store
from .worker import HTML_SECONDS, IN_FLIGHT_PER_WORKER, TITLES, Result, analyse_batch, init_worker, load_tables, work

__all__ = ["IngestReport", "Progress", "estimate_total", "ingest"]


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


def batched(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


class Reader:
    """The inputs still to analyse: documents and unparsed pages not in the store yet."""

    def __init__(self, paths: Iterable[str], store: Store, report: IngestReport,
                 on_error: Callable[[InputError], None]):
        self.paths, self.store, self.report, self.on_error = paths, store, report, on_error

    def __iter__(self) -> Iterator[Document | Page]:
        for item in read_inputs(self.paths, defer_html=True, short_names=True):
            if isinstance(item, InputError):
                self.on_error(item)
                continue
            self.report.read += 1
            if self.store.seen_input(item.source, item.input_hash if isinstance(item, Page) else item.hash):
                self.report.skipped += 1
            elif isinstance(item, Document) and self.store.has_document(item.id):
                self.store.record_input(item)  # the same text under another name
                self.report.skipped += 1
            else:
                yield item


class Writer:
    """Stores analysed batches, one transaction each, and keeps the report."""

    def __init__(self, store: Store, report: IngestReport, on_error: Callable[[InputError], None],
                 on_progress: Callable[[IngestReport], None] | None, started: float,
                 places: EventPlaces | None = None):
        self.store, self.report, self.on_error = store, report, on_error
        self.on_progress, self.started = on_progress, started
        self.places = places          # geocodes the places of each document's events
        self.near: NearDuplicates | None = None

    def __call__(self, results: list[Result]) -> None:
        if self.near is None:
            self.near = NearDuplicates(self.store.originals())
        rows = []
        for result in results:
            if isinstance(result[0], str):
                self.on_error(InputError(*result))
                continue
            analysis, sig, input_hash = result
            if self.places is not None:
                self.places.geocode(analysis)
            original = self.near.check(analysis.document.id, sig)
            rows.append((analysis, sig, original, input_hash))
        # a document another process stored meanwhile comes back as not written: a skip
        written = self.store.write_many(rows)
        for (_, _, original, _), new in zip(rows, written, strict=True):
            self.report.ingested += new
            self.report.skipped += not new
            self.report.duplicates += bool(new and original)
        self.progress()

    def progress(self) -> None:
        if self.on_progress:
            self.report.seconds = time.monotonic() - self.started
            self.on_progress(self.report)


class WorkerPool:
    """Worker processes analysing batches, at most IN_FLIGHT_PER_WORKER each in flight; results
    go to `write` in input order. With one worker, batches are analysed in this process."""

    def __init__(self, workers: int, write: Callable[[list[Result]], None], model: str,
                 gazetteer_files: tuple[str, ...], html_seconds: float, titles: bool = TITLES):
        self.workers, self.write = workers, write
        self.args = (model, gazetteer_files, html_seconds, titles)
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[tuple[str, Future]] = deque()
        self.started = self.finished = False

    def start(self) -> None:
        model, gazetteer_files, *_ = self.args
        load_tables(model, gazetteer_files)  # a missing model fails here, clearly
        # the model and gazetteer, loaded for good, are left out of every later garbage collection: each
        # full collection walked them all (a quarter of a second, every few hundred articles); forked
        # workers inherit this, and share more of the parent's memory
        gc.freeze()
        if self.workers > 1:
            ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
            self.pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=init_worker,
                                            initargs=(*self.args, os.getpid()))
        self.started = True

    def submit(self, batch: list[Document | Page]) -> None:
        if not self.started:  # the model loads only when there is something to parse
            self.start()
        if self.pool is None:
            self.write(analyse_batch(batch, *self.args))
            return
        try:
            future = self.pool.submit(work, batch)
        except BrokenProcessPool as exc:  # it broke since the last batch: report that batch (collect)
            self.drain()
            raise NewsgraphError(f"a worker process died before the batch starting at {batch[0].source}; every "
                                 "finished document is stored: run the same command again to go on") from exc
        self.pending.append((batch[0].source, future))
        while len(self.pending) >= self.workers * IN_FLIGHT_PER_WORKER:
            self.collect()

    def collect(self) -> None:
        try:
            results = self.pending[0][1].result()
        except BrokenProcessPool as exc:  # a worker was killed by the system (out of memory?) or crashed
            raise NewsgraphError(f"a worker process died while analysing the batch starting at "
                                 f"{self.pending[0][0]}; every finished document is stored: run the "
                                 f"same command again to go on") from exc
        self.pending.popleft()
        self.write(results)

    def drain(self) -> None:
        while self.pending:
            self.collect()
        self.finished = True

    def close(self) -> None:
        if self.pool is None:
            return
        if not self.finished:  # interrupted or failed: do not wait for the batches in flight
            for process in list((getattr(self.pool, "_processes", None) or {}).values()):
                process.terminate()
        self.pool.shutdown(wait=self.finished, cancel_futures=True)


def ingest(paths: Iterable[str], store: Store, *, model: str = DEFAULT_MODEL, workers: int = 0,
           batch_size: int = 16, gazetteer_files: tuple[str, ...] = (),
           on_error: Callable[[InputError], None] | None = None,
           on_progress: Callable[[IngestReport], None] | None = None,
           total: int | None = None, html_seconds: float = HTML_SECONDS,
           scheduler: str | None = None, geocode: bool = True, titles: bool = TITLES) -> IngestReport:
    """Ingest every input under `paths` into `store`; bad inputs are reported, never fatal.
    An HTML page that takes more than `html_seconds` to parse is reported as an error. With
    `scheduler` (tcp://HOST:PORT) batches are analysed on that Dask cluster's workers.
    `geocode`: give the places of events coordinates (in the writer, this process). `titles`: analyse
    documents' headlines beside their bodies (extract/headline.py)."""
    report = IngestReport(total=total)
    started = time.monotonic()

    def error(err: InputError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    writer = Writer(store, report, error, on_progress, started, EventPlaces() if geocode else None)
    if scheduler:
        from .distributed import DaskPool  # noqa: PLC0415  (dask only for distributed ingests)

        pool = DaskPool(scheduler, writer, model, gazetteer_files, html_seconds, titles)
    else:
        pool = WorkerPool(workers or os.cpu_count() or 1, writer, model, gazetteer_files, html_seconds, titles)
    try:
        for batch in batched(Reader(paths, store, report, error), batch_size):
            pool.submit(batch)
        pool.drain()
    finally:
        pool.close()
    resolve_entities(store, gazetteer_files, changed=report.ingested > 0)
    report.seconds = time.monotonic() - started
    if on_progress:
        on_progress(report)
    return report


def resolve_entities(store: Store, gazetteer_files: tuple[str, ...], changed: bool) -> None:
    """Rebuild corpus entities when documents changed or they are stale; ids of entities
    merged away stay resolvable as redirects."""
    settings = json.dumps(list(gazetteer_files))  # what corpus resolution depends on
    if changed or store.entities_stale(settings):
        from .resolve.corpus import resolve_corpus  # noqa: PLC0415

        before = store.entity_ids()
        resolve_corpus(store, load_gazetteer(gazetteer_files))
        store.keep_merged_ids(before)
        store.mark_entities_resolved(settings)
