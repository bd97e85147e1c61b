"""The query commands of ``wortlaut``: ask the store who is quoted, who said what, what was said
about a term, the balance of voices, or any read-only SQL.

Each prints a table, or ``--format json`` (one array of row objects) or ``csv``.
"""
from __future__ import annotations

import argparse
import csv
import json
from datetime import date, datetime
from functools import partial
from typing import Any, Callable, TextIO, get_args

import duckdb
from rich.console import Console
from rich.table import Table
from rich.text import Text

from wortlaut.cli.corpus import EXIT_FAILED, EXIT_OK, add_store_command
from wortlaut.cli.options import add_confidence_option, iso_day
from wortlaut.model import Modality
from wortlaut.store import Store
from wortlaut.store import queries
from wortlaut.store.persons import add_aliases, load_alias_file, rebuild_persons
from wortlaut.store.queries import Rows

ROW_FORMATS = ("table", "json", "csv")
MODALITIES = get_args(Modality)
LOCATORS = ("attribution_id", "content_start", "content_end", "url")  # in json and csv, not in tables to read
NO_WRAP_CHARS = 20
PIPED_TABLE_WIDTH = 240

Ask = Callable[[duckdb.DuckDBPyConnection, argparse.Namespace], Rows]


def add_query_commands(commands: argparse._SubParsersAction) -> None:
    _rows_command(commands, "failures", "inputs that failed to ingest, and why", _query(queries.failures))
    speakers = _rows_command(commands, "speakers", "who is quoted most, by outlet: one row per person",
                             _query(queries.speakers, outlet="outlet", limit="limit", **STATEMENT_FILTERS),
                             limit=True)
    speakers.add_argument("--outlet", help="only this outlet")
    add_statement_filters(speakers, "count")
    said = _rows_command(commands, "said", "everything a person is reported to have said, under any of their names",
                         _query(queries.said_by, name="by", limit="limit", exact="exact", **STATEMENT_FILTERS),
                         limit=True, table_omits=LOCATORS)
    said.add_argument("--by", required=True, metavar="NAME",
                      help="the person: a part of any name they were given will do (case, accents, ä/ae and ß/ss "
                           "do not matter)")
    said.add_argument("--exact", action="store_true", help="the whole name, not a part of it")
    add_statement_filters(said, "list")
    about = _rows_command(commands, "about", "statements whose content mentions a term",
                          _query(queries.about, term="term", limit="limit", **STATEMENT_FILTERS),
                          limit=True, table_omits=LOCATORS)
    about.add_argument("term", metavar="TERM")
    add_statement_filters(about, "list")
    balance = _rows_command(commands, "balance", "per outlet: who gets quoted, how often, with which stance",
                            run_balance)
    balance.add_argument("--outlet", help="only this outlet")
    balance.add_argument("--by", choices=list(queries.BALANCES), default="speaker",
                         help="one row per person, or per side (the sources' country, where named)")
    add_statement_filters(balance, "count (per speaker)")
    persons = _rows_command(commands, "persons", "the persons the corpus counts, with every name each was given",
                            run_persons, limit=True)
    persons.add_argument("search", nargs="?", metavar="NAME", help="only persons with a name containing this")
    persons.add_argument("--aliases", metavar="FILE",
                         help="a file of `person<TAB>variant` lines (see src/wortlaut/lang/aliases.tsv): kept in "
                              "the store, so that every speaker, stored and to come, counts by them too")
    events = _rows_command(commands, "events", "who did what to whom: events told across the corpus, "
                           "one row per event with its counts of articles and outlets",
                           _query(queries.events, actor="actor", recipient="recipient", type="type",
                                  modality="modality", since="since", until="until", outlet="outlet",
                                  limit="limit"), limit=True,
                           table_omits=("event_key", "sample_doc", "sample_start", "sample_end"))
    events.add_argument("--actor", help="actor name (a part will do) or country code (RUS)")
    events.add_argument("--recipient", help="recipient name (a part will do) or country code")
    events.add_argument("--type", help="PLOVER category (THREATEN, CONSULT, …)")
    events.add_argument("--modality", choices=MODALITIES, help="only events some article tells this way")
    add_date_range(events, "events")
    events.add_argument("--outlet", help="only events this outlet told")
    sql = _rows_command(commands, "sql", "run one reading SQL query on the store (it may read nothing else)",
                        run_sql, limit=True)
    sql.add_argument("query", metavar="SQL")


STATEMENT_FILTERS = {"min_confidence": "min_confidence", "since": "since", "until": "until"}


def add_statement_filters(parser: argparse.ArgumentParser, what: str) -> None:
    add_confidence_option(parser, what)
    add_date_range(parser, "statements published")


def add_date_range(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--since", type=iso_day, metavar="YYYY-MM-DD", help=f"{what} on or after this day")
    parser.add_argument("--until", type=iso_day, metavar="YYYY-MM-DD", help=f"{what} on or before this day")


def _rows_command(commands: argparse._SubParsersAction, name: str, help_text: str, ask: Ask,
                  limit: bool = False, table_omits: tuple[str, ...] = ()) -> argparse.ArgumentParser:
    parser = add_store_command(commands, name, help_text, partial(run_rows, ask))
    parser.set_defaults(table_omits=table_omits)
    parser.add_argument("--format", choices=ROW_FORMATS, default="table", help="output format (default table)")
    if limit:
        parser.add_argument("--limit", type=int, default=100, help="at most this many rows (0: all; default 100)")
    return parser


def _query(function: Callable[..., Rows], **parameters: str) -> Ask:
    """Adapt a query function to the command line: each parameter is read from the named option;
    a limit of 0 means no limit."""
    def ask(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Rows:
        values = {parameter: getattr(args, option) for parameter, option in parameters.items()}
        if "limit" in values:
            values["limit"] = values["limit"] or None
        return function(con, **values)
    return ask


def run_rows(ask: Ask, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if getattr(args, "aliases", None):
        try:
            aliases = load_alias_file(args.aliases)
        except (OSError, ValueError) as exc:
            err.write(f"wortlaut: {args.aliases}: {exc}\n")
            return EXIT_FAILED
        with Store.open(args.db) as store:
            add_aliases(store.con, aliases)
            names = rebuild_persons(store.con)
        err.write(f"wortlaut: {names:,} speaker names assigned again with {len(aliases):,} aliases\n")
    with Store.open(args.db, read_only=True) as store:
        try:
            rows = ask(store.con, args)
        except (duckdb.Error, queries.QueryError) as exc:
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
    return queries.BALANCES[args.by](con, args.outlet, args.min_confidence, args.since, args.until)


def run_persons(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Rows:
    return queries.persons(con, args.search, args.limit or None)


def run_sql(con: duckdb.DuckDBPyConnection, args: argparse.Namespace) -> Rows:
    return queries.run_reading(con, args.query, args.limit or None)


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
