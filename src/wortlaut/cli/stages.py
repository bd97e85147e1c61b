"""``wortlaut stages``: the analysers that ``--stages`` can name, in the order a full run uses them."""
from __future__ import annotations

import argparse
from typing import TextIO

from rich.console import Console
from rich.table import Table

from wortlaut.engine import planned_stages
from wortlaut.stages import describe

EXIT_OK = 0


def add_stages_command(commands: argparse._SubParsersAction) -> None:
    about = "list the analysis stages, what each requires and what it assigns"
    stages = commands.add_parser("stages", help=about, description=about)
    stages.set_defaults(run=run_stages)


def run_stages(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    table = Table(title="Stages (default run order)")
    for column in ("name", "requires", "assigns"):
        table.add_column(column)
    for row in describe(planned_stages()):
        table.add_row(*row)
    Console(file=out, soft_wrap=False).print(table)
    return EXIT_OK
