"""What the corpus commands (ingest, the queries, export, serve) share: every one reads or
writes the store named by ``--db FILE``, and a store that cannot be opened is one line on
stderr and exit status 1, not a traceback."""
from __future__ import annotations

import argparse
from functools import partial
from typing import Callable, TextIO

from wortlaut.store import DEFAULT_DB, StoreError

EXIT_OK, EXIT_FAILED = 0, 1

Run = Callable[[argparse.Namespace, TextIO, TextIO], int]


def add_store_command(commands: argparse._SubParsersAction, name: str, help_text: str,
                      run: Run) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text, description=help_text)
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"the store (default ./{DEFAULT_DB})")
    parser.set_defaults(run=partial(_reporting_store_errors, run))
    return parser


def _reporting_store_errors(run: Run, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        return run(args, out, err)
    except StoreError as exc:
        err.write(f"wortlaut: {exc}\n")
        return EXIT_FAILED
