"""Ingest on a Dask cluster: `newsgraph ingest ... --scheduler tcp://HOST:PORT` sends parsing and
extraction to the workers of an existing Dask cluster; the process that runs the command stays
the single writer.

The writer submits batches of documents in a window (a few batches per worker thread, never the
whole corpus as one task graph) and collects the results in submission order, so memory stays
flat and documents are stored in input order. A worker loads the spaCy pipeline once
(`nlp.load_pipeline` is cached per process) and keeps it for every later batch. When a worker
dies mid-task the scheduler runs the task again on another worker; a batch that keeps killing
workers stops the ingest with a one-line error, every finished batch stored."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable

from . import worker
from .errors import NewsgraphError
from .ingest import Page
from .model import Document
from .worker import IN_FLIGHT_PER_WORKER, Result

CONNECT_TIMEOUT = 15     # seconds to reach the scheduler
WORKERS_TIMEOUT = 120    # seconds to wait for a first worker
RETRIES = 2              # a batch whose analysis raised is tried again elsewhere (lost workers aside)


class DistributedError(NewsgraphError):
    """The Dask cluster could not be reached or could not finish a batch."""


class Pending:
    """A batch submitted to the cluster; `result()` waits for its analyses."""

    def __init__(self, future, first_source: str):
        self.future, self.first_source = future, first_source

    def result(self) -> list[Result]:
        from distributed.scheduler import KilledWorker  # noqa: PLC0415

        try:
            return self.future.result()
        except KilledWorker as exc:
            raise DistributedError(
                f"the batch starting at {self.first_source} killed Dask workers repeatedly; every finished"
                " document is stored: run the same command again to go on") from exc


class DaskPool:
    """The local WorkerPool's interface (submit, drain, close) over the workers of the Dask
    cluster at `address`: batches are analysed by the same function (worker.analyse_batch),
    at most IN_FLIGHT_PER_WORKER per worker thread in flight, and go to `write` in input order."""

    def __init__(self, address: str, write: Callable[[list[Result]], None], model: str,
                 gazetteer_files: tuple[str, ...], html_seconds: float, titles: bool = worker.TITLES):
        self.address, self.write = address, write
        self.analyse = worker.analyse_batch
        self.args = (model, tuple(gazetteer_files), html_seconds, titles)
        self.client = None
        self.window = 0
        self.pending: deque[Pending] = deque()

    def start(self) -> None:
        """Connect when there is something to analyse (no local model: the workers load it)."""
        from distributed import Client  # noqa: PLC0415

        try:
            self.client = Client(self.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            raise DistributedError(f"{self.address}: cannot reach the Dask scheduler ({exc})") from exc
        try:
            self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise DistributedError(f"{self.address}: the Dask cluster has no workers") from exc
        self.window = self.threads() * IN_FLIGHT_PER_WORKER

    def threads(self) -> int:
        """Worker threads of the cluster now (each analyses one batch at a time)."""
        workers = self.client.scheduler_info(n_workers=-1).get("workers", {})
        return max(1, sum(w.get("nthreads", 1) for w in workers.values()))

    def submit(self, batch: list[Document | Page]) -> None:
        if self.client is None:
            self.start()
        future = self.client.submit(self.analyse, batch, *self.args, pure=False, retries=RETRIES)
        self.pending.append(Pending(future, batch[0].source))
        while len(self.pending) >= self.window:
            self.collect()

    def collect(self) -> None:
        results = self.pending[0].result()
        self.pending.popleft()
        self.write(results)

    def drain(self) -> None:
        while self.pending:
            self.collect()

    def close(self) -> None:
        """Disconnect; the scheduler drops the batches still in flight (no one wants them)."""
        self.pending.clear()
        if self.client is not None:
            self.client.close()
