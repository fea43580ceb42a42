"""The ingest pipeline: read inputs, parse and analyse in worker processes, write serially.

Per-document work (parse, resolution, extraction) runs in the workers; only the store writes
happen in the main process, one transaction per document, so an interrupted run keeps every
finished document and a re-run skips them.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .errors import InputError
from .extract import analyse
from .ingest import read_inputs
from .model import Analysis, Document
from .nlp import DEFAULT_MODEL, load_pipeline
from .resolve.gazetteer import load_gazetteer
from .store import Store


@dataclass(slots=True)
class IngestReport:
    read: int = 0
    ingested: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)
    seconds: float = 0.0


def analyse_texts(documents: list[Document], model: str = DEFAULT_MODEL,
                  gazetteer_files: tuple[str, ...] = ()) -> list[Analysis]:
    """Parse and analyse a batch of documents in this process."""
    nlp = load_pipeline(model, gazetteer_files)
    gaz = load_gazetteer(gazetteer_files)
    out = []
    for document, doc in zip(documents, nlp.pipe([d.text for d in documents], batch_size=16)):
        out.append(analyse(document, doc, gaz))
    return out


_WORKER: dict = {}


def _init_worker(model: str, gazetteer_files: tuple[str, ...]) -> None:
    _WORKER["model"] = model
    _WORKER["gaz"] = gazetteer_files
    load_pipeline(model, gazetteer_files)


def _work(batch: list[Document]) -> list[Analysis]:
    return analyse_texts(batch, _WORKER["model"], _WORKER["gaz"])


def batched(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def ingest(paths: Iterable[str], store: Store, *, model: str = DEFAULT_MODEL, workers: int = 0,
           batch_size: int = 16, gazetteer_files: tuple[str, ...] = (),
           on_error: Callable[[InputError], None] | None = None,
           on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Ingest every input under `paths` into `store`; bad inputs are reported, never fatal."""
    report = IngestReport()
    t0 = time.monotonic()
    load_pipeline(model, gazetteer_files)  # fail early with a clear error if the model is missing

    def todo() -> Iterator[Document]:
        for item in read_inputs(paths):
            if isinstance(item, InputError):
                report.errors.append(item)
                if on_error:
                    on_error(item)
                continue
            report.read += 1
            if store.has_document(item.id):
                store.record_input(item)
                report.skipped += 1
                continue
            yield item

    workers = workers or os.cpu_count() or 1
    batches = batched(todo(), batch_size)
    if workers <= 1:
        results: Iterator[list[Analysis]] = (analyse_texts(b, model, gazetteer_files) for b in batches)
        pool = None
    else:
        ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(model, gazetteer_files))
        results = pool.imap(_work, batches)
    try:
        for analyses in results:
            for analysis in analyses:
                if store.write(analysis):
                    report.ingested += 1
                else:
                    report.skipped += 1
            if on_progress:
                report.seconds = time.monotonic() - t0
                on_progress(report)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    from .resolve.corpus import resolve_corpus  # noqa: PLC0415
    resolve_corpus(store, load_gazetteer(gazetteer_files))
    report.seconds = time.monotonic() - t0
    return report
