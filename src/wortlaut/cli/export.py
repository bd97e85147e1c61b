"""``wortlaut export``: every table of the store as files, for tools that do not read DuckDB."""
from __future__ import annotations

import argparse
from typing import TextIO

from wortlaut.cli.corpus import EXIT_FAILED, EXIT_OK, add_store_command
from wortlaut.store import Store
from wortlaut.store.export import FORMATS as EXPORT_FORMATS
from wortlaut.store.export import EVENT_FORMATS, ExportError, export, export_events


def add_export_command(commands: argparse._SubParsersAction) -> None:
    exporter = add_store_command(commands, "export", "write every table of the store to a folder", run_export)
    exporter.add_argument("folder", metavar="DIR")
    exporter.add_argument("--format", choices=list(EXPORT_FORMATS), default="parquet",
                          help="file format (default parquet)")
    events = add_store_command(commands, "export-events", "write the store's events as GDELT 2.0 rows or PLOVER "
                               "records, one per event with its counts of articles and outlets", run_export_events)
    events.add_argument("file", metavar="FILE")
    events.add_argument("--format", choices=list(EVENT_FORMATS), default="gdelt",
                        help="gdelt: tab-separated GDELT 2.0 event table; plover: PLOVER JSON Lines (default gdelt)")


def run_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Store.open(args.db, read_only=True) as store:
        try:
            written = export(store.con, args.folder, args.format)
        except ExportError as exc:
            err.write(f"wortlaut: {exc}\n")
            return EXIT_FAILED
    for path in written:
        out.write(f"{path}\n")
    return EXIT_OK


def run_export_events(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Store.open(args.db, read_only=True) as store:
        try:
            count = export_events(store.con, args.file, args.format)
        except ExportError as exc:
            err.write(f"wortlaut: {exc}\n")
            return EXIT_FAILED
    out.write(f"{count:,} events written to {args.file}\n")
    return EXIT_OK
