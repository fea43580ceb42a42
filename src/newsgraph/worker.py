"""What an ingest worker process does with a batch: parse HTML pages (each under a time budget),
parse and analyse texts (a long text in bounded pieces), sign them for near-duplicate search.

Everything here runs in a worker process, or in the main process when there is one worker.
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import replace

from .dedup import signature
from .errors import InputError
from .extract import analyse
from .extract.headline import ON_BY_DEFAULT as TITLES
from .extract.headline import analyse_headline, headline_text, to_parse
from .ingest import Page
from .model import Analysis, Document
from .nlp import DEFAULT_MODEL, load_pipeline
from .resolve.gazetteer import Gazetteer, load_gazetteer

# Batches waiting for or inside a worker, per worker (local process or Dask worker thread): enough
# to keep every worker busy while the writer works, few enough that memory does not depend on the
# corpus size.
IN_FLIGHT_PER_WORKER = 2
# Documents per spaCy `nlp.pipe` batch inside a worker.
SPACY_BATCH = 32
# A text longer than this is parsed in pieces of at most this many characters, cut at paragraph
# (else sentence, else word) ends: spaCy's memory grows with the text parsed at once (about 3 KB
# a character), and one 990,000-character article must not cost gigabytes.
PIECE_CHARS = 50_000
# Seconds one HTML page may take to parse (parse time on hostile markup can grow without bound).
HTML_SECONDS = 30.0

# A worker's result for one input: (analysis, signature, input hash or None) or (where, problem).
Result = tuple[Analysis, bytes | None, str | None] | tuple[str, str]


class OutOfTime(Exception):
    """A call ran past its time budget and was stopped."""


def run_with_budget(fn: Callable, arg, seconds: float):
    """fn(arg) in a forked child process that is killed after `seconds`: parsing happens in C
    code that no signal or thread can interrupt, and a killed child also gives its memory back.
    Raises OutOfTime when time runs out; an exception of fn comes back as it was raised."""
    if not hasattr(os, "fork") or seconds <= 0:
        return fn(arg)
    read_end, write_end = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        os.close(read_end)
        _bounded_child(parent, seconds)
        try:
            try:
                outcome = ("ok", fn(arg))
            except InputError as exc:
                outcome = ("input", (exc.source, exc.problem))
            except BaseException as exc:  # noqa: BLE001  sent back to be reported
                outcome = ("error", f"{type(exc).__name__}: {exc}")
            with os.fdopen(write_end, "wb") as out:
                out.write(pickle.dumps(outcome))
        finally:
            os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    finished = False
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_end], [], [], left)[0]:
                raise OutOfTime(f"took longer than {seconds:g}s")
            chunk = os.read(read_end, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        finished = True
    finally:  # out of time, or interrupted (Ctrl-C): the child goes too
        if not finished:
            os.kill(pid, signal.SIGKILL)
        os.close(read_end)
        os.waitpid(pid, 0)
    if not chunks:
        raise OutOfTime("the parsing process died")
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "input":
        raise InputError(*value)
    if kind == "error":
        raise RuntimeError(value)
    return value


def _bounded_child(parent: int, seconds: float) -> None:
    """A forked child bounds itself, in case its parent is stopped before it can kill it: the
    kernel ends it at an alarm whatever C code it is in, and when its parent dies (Linux); it
    lets go of the standard streams so that whoever reads them is not kept waiting."""
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(int(seconds) + 2)
    try:
        import ctypes  # noqa: PLC0415

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the alarm still bounds it
    if os.getppid() != parent:
        os._exit(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)


def page_to_document(page: Page, seconds: float = HTML_SECONDS) -> Document:
    """The document of an HTML page, parsed within `seconds`."""
    import trafilatura  # noqa: F401, PLC0415  imported once here, not in every child

    try:
        return run_with_budget(Page.to_document, page, seconds)
    except OutOfTime as exc:
        raise InputError(page.where, f"HTML page too costly to parse ({exc}); skipped") from None


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering `text`, each at most `size` characters, cut after a paragraph
    break where there is one in the second half of the piece, else after a sentence, else at
    a space."""
    out, at = [], 0
    while len(text) - at > size:
        window = text[at:at + size]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            found = window.rfind(mark, size // 2)
            if found >= 0:
                cut = found + len(mark)
                break
        cut = cut if cut > 0 else size
        out.append((at, window[:cut]))
        at += cut
    out.append((at, text[at:]))
    return out


def analyse_long(document: Document, nlp, gaz: Gazetteer, size: int = PIECE_CHARS) -> Analysis:
    """The analysis of a long document, parsed piece by piece (see `pieces`), offsets shifted
    to the whole text; an entity found in several pieces is one entity with all its aliases."""
    whole = Analysis(document=document)
    for offset, text in pieces(document.text, size):
        part = analyse(replace(document, text=text), nlp(text), gaz)
        for key, entity in part.entities.items():
            if key in whole.entities:
                whole.entities[key].aliases |= entity.aliases
            else:
                whole.entities[key] = entity
        whole.mentions += [replace(m, start=m.start + offset, end=m.end + offset) for m in part.mentions]
        whole.events += [_shift_event(ev, offset) for ev in part.events]
    return whole


def _shift_event(ev, offset: int):
    moved = {"start": ev.start + offset, "end": ev.end + offset}
    if ev.trigger_start >= 0:
        moved.update(trigger_start=ev.trigger_start + offset, trigger_end=ev.trigger_end + offset)
    return replace(ev, **moved)


def analyse_batch(items: list[Document | Page], model: str = DEFAULT_MODEL,
                  gazetteer_files: tuple[str, ...] = (), html_seconds: float = HTML_SECONDS,
                  titles: bool = TITLES) -> list[Result]:
    """Parse and analyse a batch in this process. An input that fails becomes (where, problem);
    the rest of the batch goes on. `titles`: documents' headlines are analysed too."""
    nlp = load_pipeline(model, gazetteer_files)
    gaz = load_gazetteer(gazetteer_files)
    out: list[Result | None] = [None] * len(items)
    documents: list[tuple[int, Document, str | None]] = []
    for i, item in enumerate(items):
        if isinstance(item, Page):
            try:
                documents.append((i, page_to_document(item, html_seconds), item.input_hash))
            except InputError as exc:
                out[i] = (exc.source, exc.problem)
        else:
            documents.append((i, item, None))
    short = [(i, d, h) for i, d, h in documents if len(d.text) <= PIECE_CHARS]
    try:
        parsed = list(nlp.pipe([d.text for _, d, _ in short], batch_size=SPACY_BATCH))
    except Exception:  # noqa: BLE001  one bad text must not sink the batch: parse one by one
        parsed = [None] * len(short)
    docs = {i: doc for (i, _, _), doc in zip(short, parsed, strict=True)}
    parsed_titles = headlines([(i, d) for i, d, _ in documents], nlp) if titles else {}
    for i, document, input_hash in documents:
        try:
            if len(document.text) > PIECE_CHARS:
                analysis = analyse_long(document, nlp, gaz)
            else:
                doc = docs.pop(i, None)   # analysed once: freed as the batch goes on
                analysis = analyse(document, doc if doc is not None else nlp(document.text), gaz)
            if i in parsed_titles:
                analysis = headline_analysis(analysis, document, parsed_titles.pop(i), gaz)
            out[i] = (analysis, signature(document.text), input_hash)
        except Exception as exc:  # noqa: BLE001  reported as this document's error
            out[i] = (document.source, f"analysis failed ({type(exc).__name__}: {exc})")
    return out  # type: ignore[return-value]


def headlines(documents: list[tuple[int, Document]], nlp) -> dict:
    """The parsed headlines of the documents that have one to analyse (extract/headline.py), by
    index: parsed together, apart from the bodies (whose parses stay as they are)."""
    texts = [(i, text) for i, d in documents if (text := to_parse(d)) is not None]
    try:
        parsed = list(nlp.pipe([t for _, t in texts], batch_size=SPACY_BATCH))
    except Exception:  # noqa: BLE001  a headline that fails to parse costs its events only
        return {}
    return {i: doc for (i, _), doc in zip(texts, parsed, strict=True)}


def headline_analysis(body: Analysis, document: Document, doc, gaz: Gazetteer) -> Analysis:
    """The body's analysis with its headline's events (extract/headline.py); the body's alone
    where the headline's analysis fails."""
    try:
        return analyse_headline(body, headline_text(document) or "", doc, gaz)
    except Exception:  # noqa: BLE001  the body's events stand
        return body


def load_tables(model: str = DEFAULT_MODEL, gazetteer_files: tuple[str, ...] = ()) -> None:
    """Load what analysis reads in nearly every document, in the main process before the workers are
    forked, so that each inherits them instead of building its own: the model and gazetteer, the role
    book of office holders, and the small GeoNames-derived tables of towns."""
    from .geo.names import words as geo_words  # noqa: PLC0415
    from .resolve.offices import role_book  # noqa: PLC0415

    load_pipeline(model, gazetteer_files)  # a missing model fails here, clearly
    load_gazetteer(gazetteer_files)
    role_book()
    geo_words()


_WORKER: dict = {}


def init_worker(model: str, gazetteer_files: tuple[str, ...], html_seconds: float, titles: bool,
                parent: int) -> None:
    _WORKER.update(model=model, gaz=gazetteer_files, html_seconds=html_seconds, titles=titles)
    # Ctrl-C is the main process's to handle: it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the handler inherited from the command line
    # A killed main process cannot stop its workers; they stop themselves when it is gone.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    load_pipeline(model, gazetteer_files)


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def work(batch: list[Document | Page]) -> list[Result]:
    return analyse_batch(batch, _WORKER["model"], _WORKER["gaz"], _WORKER["html_seconds"], _WORKER["titles"])
