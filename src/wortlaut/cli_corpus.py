"""The corpus commands of ``wortlaut``: ingest into a store, ask it questions, export it, serve it.

They live beside ``cli.py`` (which registers them) so that the one-document commands stay
short. Every command takes ``--db FILE``; queries print a table, or ``--format json`` (one
array of row objects) or ``csv``.
"""
from __future__ import annotations

import argparse
import csv
import json
from datetime import date, datetime
from functools import partial
from typing import Any, Callable, TextIO

import duckdb
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from wortlaut.batch.read import is_batch_output, read_readouts
from wortlaut.cli_options import add_analysis_options, add_fetch_options, analyze_options
from wortlaut.engine import analyze_ingested
from wortlaut.ingest.corpus import discover
from wortlaut.store import DEFAULT_DB, Store, StoreError
from wortlaut.store import queries
from wortlaut.store.export import FORMATS as EXPORT_FORMATS
from wortlaut.store.export import export
from wortlaut.store.load import ItemResult, load_corpus, load_readouts
from wortlaut.store.queries import Rows

EXIT_OK, EXIT_FAILED = 0, 1
ROW_FORMATS = ("table", "json", "csv")
LOCATORS = ("attribution_id", "content_start", "content_end", "url")  # in json and csv, not in tables to read
NO_WRAP_CHARS = 20
PIPED_TABLE_WIDTH = 240


def add_corpus_commands(commands: argparse._SubParsersAction) -> None:
    ingest = _command(commands, "ingest", "analyse files, folders, URLs, feeds and JSON Lines into the store",
                      run_ingest)
    ingest.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="file, folder (recursive), http(s) URL, RSS/Atom feed (file or URL), "
                             ".jsonl file of {text|html, url, outlet, published}, a `wortlaut batch` "
                             "output folder (its readouts are stored without analysing again), or -")
    add_analysis_options(ingest)
    add_fetch_options(ingest)

    _rows_command(commands, "failures", "inputs that failed to ingest, and why", _query(queries.failures))
    speakers = _rows_command(commands, "speakers", "who is quoted most, by outlet",
                             _query(queries.speakers, outlet="outlet", limit="limit"), limit=True)
    speakers.add_argument("--outlet", help="only this outlet")
    said = _rows_command(commands, "said", "everything a speaker is reported to have said",
                         _query(queries.said_by, name="by", limit="limit"), limit=True, table_omits=LOCATORS)
    said.add_argument("--by", required=True, metavar="NAME", help="the speaker (a part of the name will do)")
    about = _rows_command(commands, "about", "statements whose content mentions a term",
                          _query(queries.about, term="term", limit="limit"), limit=True, table_omits=LOCATORS)
    about.add_argument("term", metavar="TERM")
    balance = _rows_command(commands, "balance", "per outlet: who gets quoted, how often, with which stance",
                            run_balance)
    balance.add_argument("--outlet", help="only this outlet")
    balance.add_argument("--by", choices=list(queries.BALANCES), default="speaker",
                         help="one row per speaker, or per side (the sources' country, where named)")
    sql = _rows_command(commands, "sql", "run a read-only SQL query on the store", run_sql)
    sql.add_argument("query", metavar="SQL")

    exporter = _command(commands, "export", "write every table of the store to a folder", run_export)
    exporter.add_argument("folder", metavar="DIR")
    exporter.add_argument("--format", choices=list(EXPORT_FORMATS), default="parquet",
                          help="file format (default parquet)")

    serve = _command(commands, "serve", "read the store in the browser", run_serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")


def _command(commands: argparse._SubParsersAction, name: str, help_text: str,
             run: Callable[[argparse.Namespace, TextIO, TextIO], int]) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"the store (default ./{DEFAULT_DB})")
    parser.set_defaults(run=partial(_reporting_store_errors, run))
    return parser


def _rows_command(commands: argparse._SubParsersAction, name: str, help_text: str,
                  ask: Callable[[duckdb.DuckDBPyConnection, argparse.Namespace], Rows],
                  limit: bool = False, table_omits: tuple[str, ...] = ()) -> argparse.ArgumentParser:
    parser = _command(commands, name, help_text, partial(run_rows, ask))
    parser.set_defaults(table_omits=table_omits)
    parser.add_argument("--format", choices=ROW_FORMATS, default="table", help="output format (default table)")
    if limit:
        parser.add_argument("--limit", type=int, default=100, help="at most this many rows (0: all; default 100)")
    return parser


def _query(function: Callable[..., Rows], **parameters: str) -> Callable[[duckdb.DuckDBPyConnection, argparse.Namespace], Rows]:
    """Adapt a query function to the command line: each parameter is read from the named option;
    a limit of 0 means no limit."""
    def ask(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Rows:
        values = {parameter: getattr(args, option) for parameter, option in parameters.items()}
        if "limit" in values:
            values["limit"] = values["limit"] or None
        return function(con, **values)
    return ask


def _reporting_store_errors(run: Callable[[argparse.Namespace, TextIO, TextIO], int],
                            args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        return run(args, out, err)
    except StoreError as exc:
        err.write(f"wortlaut: {exc}\n")
        return EXIT_FAILED


# --------------------------------------------------------------------------- ingest

class RateColumn(ProgressColumn):
    """Documents per second, so that the user can size a corpus run."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} docs/s" if task.speed else "… docs/s", style="progress.data.speed")


def run_ingest(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    options = analyze_options(args)
    read = options.read
    console = Console(file=err)
    batch_outputs = [name for name in args.inputs if is_batch_output(name)]
    with Store.open(args.db) as store:
        items = discover([name for name in args.inputs if name not in batch_outputs], read)
        err.write(f"wortlaut: {len(items):,} documents to ingest into {args.db}\n")
        progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                            console=console, disable=not console.is_terminal)
        with progress:
            task = progress.add_task("ingest", total=len(items))

            def report(result: ItemResult) -> None:
                _log_result(result, progress.console if console.is_terminal else None, err)
                progress.advance(task)

            summary = load_corpus(store, items, partial(analyze_ingested, options=options), report)
            for folder in batch_outputs:
                batch = load_readouts(store, ((f"{folder}#{r.doc.id}", r) for r in read_readouts(folder)), report)
                for outcome in ("added", "skipped", "failed"):
                    setattr(summary, outcome, getattr(summary, outcome) + getattr(batch, outcome))
        total = store.count()
    err.write(f"wortlaut: {summary.added:,} added, {summary.skipped:,} already in the store, "
              f"{summary.failed:,} failed; {args.db} holds {total:,} documents\n")
    return EXIT_FAILED if summary.failed else EXIT_OK


def _log_result(result: ItemResult, live: Console | None, err: TextIO) -> None:
    """Failures always get a line; with no progress bar (output not a terminal), every item does,
    so that logs of batch runs show how far a run got."""
    if result.outcome == "failed":
        line = f"wortlaut: {result.name}: {result.reason}"
    elif live is None:
        line = f"wortlaut: {result.outcome} {result.name} ({result.doc_id})"
    else:
        return
    if live is not None:
        live.print(line, highlight=False, markup=False)
    else:
        err.write(line + "\n")
        err.flush()


# --------------------------------------------------------------------------- queries

def run_rows(ask: Callable[[duckdb.DuckDBPyConnection, argparse.Namespace], Rows],
             args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Store.open(args.db, read_only=True) as store:
        try:
            rows = ask(store.con, args)
        except duckdb.Error as exc:
            err.write(f"wortlaut: {exc}\n")
            return EXIT_FAILED
    if args.format == "table":
        rows = _without(rows, args.table_omits)
    ROW_WRITERS[args.format](rows, out)
    return EXIT_OK


def _without(rows: Rows, columns: tuple[str, ...]) -> Rows:
    keep = [i for i, column in enumerate(rows.columns) if column not in columns]
    return Rows([rows.columns[i] for i in keep], [tuple(row[i] for i in keep) for row in rows.rows])


def run_balance(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Rows:
    return queries.BALANCES[args.by](con, args.outlet)


def run_sql(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Rows:
    return queries.run(con, args.query)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (datetime, date)) else value


def write_json(rows: Rows, out: TextIO) -> None:
    out.write(json.dumps([{k: _plain(v) for k, v in row.items()} for row in rows.dicts()],
                         ensure_ascii=False, default=str) + "\n")


def write_csv(rows: Rows, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows.columns)
    writer.writerows([[_plain(v) for v in row] for row in rows.rows])


def write_table(rows: Rows, out: TextIO) -> None:
    console = Console(file=out, soft_wrap=False)
    if not console.is_terminal:
        console.width = PIPED_TABLE_WIDTH  # rows of a piped table stay whole for grep and less -S
    table = Table(show_lines=False)
    cells = [["" if v is None else str(_plain(v)) for v in row] for row in rows.rows]
    for i, column in enumerate(rows.columns):
        numeric = bool(rows.rows) and all(isinstance(row[i], (int, float)) or row[i] is None for row in rows.rows)
        widest = max((len(row[i]) for row in cells), default=0)
        short = widest <= NO_WRAP_CHARS
        table.add_column(column, justify="right" if numeric else "left", no_wrap=short, overflow="fold",
                         min_width=max(widest, len(column)) if short else None)
    for row in cells:
        table.add_row(*map(Text, row))
    console.print(table)
    console.print(f"{len(rows.rows):,} rows", highlight=False)


ROW_WRITERS: dict[str, Callable[[Rows, TextIO], None]] = {"table": write_table, "json": write_json, "csv": write_csv}


# --------------------------------------------------------------------------- export and serve

def run_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Store.open(args.db, read_only=True) as store:
        written = export(store.con, args.folder, args.format)
    for path in written:
        out.write(f"{path}\n")
    return EXIT_OK


def run_serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import uvicorn  # the web stack is imported only by the command that needs it

    from wortlaut.web import create_app

    Store.open(args.db, read_only=True).close()
    uvicorn.run(create_app(args.db), host=args.host, port=args.port)
    return EXIT_OK
